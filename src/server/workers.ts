import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import { RateLimiterClusterMaster } from 'rate-limiter-flexible';
import { addUpWorkerMetrics } from '../infrastructure/metrics/worker-metrics';

// A worker gets this long to drain after the primary passes SIGTERM on, then it is killed.
const WORKER_STOP_DEADLINE_MS = 20_000;

/**
 * Runs `count` worker processes that share the listening port, starts a new one when one dies,
 * and on SIGTERM or SIGINT passes the signal on and waits for every worker to drain.
 */
export function superviseWorkers(count: number, logger: Logger): void {
  // Worker rate limiters keep their counts here, so that every worker counts against one limit.
  new RateLimiterClusterMaster();
  addUpWorkerMetrics();
  let stopping = false;
  const start = (): Worker => cluster.fork();
  for (let index = 0; index < count; index++) start();

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    logger.error({ pid: worker.process.pid, code, signal }, 'worker died: starting another');
    start();
  });

  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    logger.info({ signal, workers: Object.keys(cluster.workers ?? {}).length }, 'stopping the workers');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => {
      logger.error('workers did not stop within the deadline');
      process.exit(1);
    }, WORKER_STOP_DEADLINE_MS).unref();
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length > 0) return;
      logger.info('stopped');
      process.exit(0);
    });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
