import type { BenchRequest } from '../load/http-load';
import type { RunningServer } from '../processes';
import { reading } from './catalog-reads';
import type { Scenario } from './scenario';

export const WORKERS = 'workers';

/**
 * The listing served by one process and by `WEB_CONCURRENCY=2` (node:cluster) on the same
 * database, taking turns. The load generator runs on the same machine, so two workers share
 * its cores with it and with the database. The CPU of two workers is theirs and the primary's.
 */
export function workersScenario(oneWorker: RunningServer, twoWorkers: RunningServer, requests: BenchRequest[], connections: number): Scenario {
  const one = reading(oneWorker, 'WEB_CONCURRENCY=1', requests, connections);
  const two = reading(twoWorkers, 'WEB_CONCURRENCY=2', requests, connections);
  return {
    name: WORKERS,
    title: 'GET /products?categoryId&pageSize=20&sort&page, one process or two workers',
    contenders: [one, two],
    comparisons: [
      { subject: two.label, reference: one.label, metric: 'requestsPerSecond', atLeast: 1.3 },
      { subject: two.label, reference: one.label, metric: 'cpuMsPerRequest' },
      { subject: two.label, reference: one.label, metric: 'machineCpuMsPerRequest' },
    ],
  };
}
