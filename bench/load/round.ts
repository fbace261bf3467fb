import type { MachineUse } from './machine-use';

/** What one round of load against one server measured. */
export interface Round extends MachineUse {
  requests: number;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  /** Socket errors, timeouts and answers with a status the scenario does not expect. */
  errors: number;
  statuses: Record<string, number>;
  rssMegabytes: number;
  /** CPU time of the server process over the round, all threads. */
  cpuSeconds: number;
}

/** What a load generator measures; the server's own figures and the machine's are added around it. */
export type LoadResult = Omit<Round, 'rssMegabytes' | 'cpuSeconds' | keyof MachineUse>;

export const percentile = (sortedMs: number[], fraction: number) =>
  sortedMs.length === 0 ? 0 : sortedMs[Math.min(sortedMs.length - 1, Math.floor(sortedMs.length * fraction))]!;

export const unexpected = (statuses: Record<string, number>, expected: number[]) =>
  Object.entries(statuses)
    .filter(([status]) => !expected.includes(Number(status)))
    .reduce((sum, [, count]) => sum + count, 0);
