import type { LoadResult, Round } from '../load/round';
import type { RunningServer } from '../processes';

export interface Contender {
  label: string;
  server: RunningServer;
  /** One round of load lasting about `seconds`. */
  measure(seconds: number): Promise<LoadResult>;
  /** False when the server or the machine does other work during the rounds, so CPU per request would mislead. */
  cpuPerRequest?: boolean;
}

export type Metric = 'requestsPerSecond' | 'p99Ms' | 'cpuMsPerRequest' | 'machineCpuMsPerRequest';

/** `subject` ÷ `reference` on `metric`, with the bound it should keep, if any. */
export interface Comparison {
  subject: string;
  reference: string;
  metric: Metric;
  atLeast?: number;
  atMost?: number;
}

export interface Scenario {
  name: string;
  title: string;
  contenders: Contender[];
  comparisons: Comparison[];
  /** Rows measured alongside a contender, such as the logins that load the service meanwhile. */
  companions?: () => Map<string, Round[]>;
}

export interface Plan {
  roundsPerContender: number;
  seconds: number;
  warmupSeconds: number;
}
