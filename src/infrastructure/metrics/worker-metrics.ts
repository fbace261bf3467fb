import { randomUUID } from 'node:crypto';
import cluster from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

const REQUEST = 'storefront:metrics-request';
const ANSWER = 'storefront:metrics-answer';
// The primary gives each worker 5 s to answer; this leaves it time to say that one did not.
const ANSWER_WAIT_MS = 6_000;

interface Message {
  type: string;
  id: string;
  text?: string;
  error?: string;
}

const isMessage = (message: unknown, type: string): message is Message => (message as Message | null)?.type === type;

/**
 * In the primary of `WEB_CONCURRENCY`: answers a worker that asks for the metrics of every worker,
 * added up, so that a scrape tells the same whichever worker the port hands it to.
 */
export function addUpWorkerMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: unknown) => {
    if (!isMessage(message, REQUEST)) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: ANSWER, id: message.id, text }),
      (error: Error) => worker.send({ type: ANSWER, id: message.id, error: error.message }),
    );
  });
}

/** In a worker: hands `registry` to the primary whenever it adds up the workers' metrics. */
export function lendToPrimary(registry: Registry): void {
  AggregatorRegistry.setRegistries(registry);
  // Constructed for its side effect: in a worker, it answers the primary's requests for metrics.
  new AggregatorRegistry();
}

/** In a worker: the metrics of every worker, added up by the primary. */
export function allWorkersMetrics(): Promise<string> {
  const id = randomUUID();
  return new Promise((resolve, reject) => {
    const answered = (message: unknown) => {
      if (!isMessage(message, ANSWER) || message.id !== id) return;
      stop();
      if (message.text !== undefined) resolve(message.text);
      else reject(new Error(`the primary could not add up the workers' metrics: ${message.error}`));
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error('the primary did not answer with the metrics of the workers'));
    }, ANSWER_WAIT_MS);
    const stop = () => {
      clearTimeout(timer);
      process.off('message', answered);
    };
    process.on('message', answered);
    process.send!({ type: REQUEST, id });
  });
}
