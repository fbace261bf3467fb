export interface Sample {
  labels: Record<string, string>;
  value: number;
}

/** The samples of one metric in Prometheus's text format, with their labels. */
export function samplesOf(exposition: string, name: string): Sample[] {
  const line = new RegExp(`^${name}(?:\\{(.*)\\})? (\\S+)$`, 'gm');
  return [...exposition.matchAll(line)].map(([, labels = '', value]) => ({
    labels: Object.fromEntries([...labels.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, key, text]) => [key!, text!])),
    value: Number(value),
  }));
}

/** The value of the one sample of `name` with all of `labels`; 0 when there is none. */
export function valueOf(exposition: string, name: string, labels: Record<string, string>): number {
  const matching = samplesOf(exposition, name).filter((sample) => Object.entries(labels).every(([key, text]) => sample.labels[key] === text));
  return matching.reduce((sum, sample) => sum + sample.value, 0);
}
