import { setTimeout as delay } from 'node:timers/promises';
import { type Call, type Outcome, timedRequest } from './timed-request';

export interface BurstPlan {
  baseUrl: string;
  /** Sent over and over, in turn, by each worker. */
  repeated: Call[];
  workers: number;
  /** Sent once each, `spacingMs` apart, so that some go before the cut and some after. */
  once: Call[];
  spacingMs: number;
  durationMs: number;
  /** Each request is given up after this long. */
  limitMs: number;
  cutAfterMs: number;
  cut: () => Promise<void>;
}

// Caps the requests of a worker even when every answer comes back at once.
const MAX_REQUESTS_PER_WORKER = 300;
const PAUSE_BETWEEN_REQUESTS_MS = 20;

/** Requests from several clients at once, with the database cut while they run. */
export async function runBurst(plan: BurstPlan): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const end = performance.now() + plan.durationMs;

  const worker = async (index: number) => {
    for (let sent = 0; sent < MAX_REQUESTS_PER_WORKER && performance.now() < end; sent++) {
      const call = plan.repeated[(index + sent) % plan.repeated.length]!;
      outcomes.push(await timedRequest(plan.baseUrl, call, plan.limitMs));
      await delay(PAUSE_BETWEEN_REQUESTS_MS);
    }
  };
  const sendOnce = async (call: Call, index: number) => {
    await delay(index * plan.spacingMs);
    outcomes.push(await timedRequest(plan.baseUrl, call, plan.limitMs));
  };
  const cut = async () => {
    await delay(plan.cutAfterMs);
    await plan.cut();
  };

  await Promise.all([
    cut(),
    ...Array.from({ length: plan.workers }, (_, index) => worker(index)),
    ...plan.once.map(sendOnce),
  ]);
  return outcomes;
}
