import { Agent, request } from 'node:http';
import { type LoadResult, percentile, unexpected } from './round';

export interface CheckoutLoad {
  baseUrl: string;
  /** The headers of each buyer's POST /order: one concurrent order per entry. */
  buyers: Record<string, string>[];
  /** Fills every buyer's cart again; runs between bursts, outside the time measured. */
  refill(): Promise<void>;
  seconds: number;
  maxBursts: number;
}

function postOrder(agent: Agent, url: URL, headers: Record<string, string>): Promise<{ status: number; ms: number }> {
  const sent = performance.now();
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', agent, headers: { ...headers, 'Content-Length': '0' } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - sent }));
    });
    req.on('error', () => resolve({ status: 0, ms: performance.now() - sent }));
    req.end();
  });
}

/** Bursts of every buyer placing an order at once, until `seconds` of bursts have been timed. */
export async function checkoutLoad(load: CheckoutLoad): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: load.buyers.length });
  const url = new URL('/order', load.baseUrl);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let timedMs = 0;
  try {
    for (let burst = 0; burst < load.maxBursts && timedMs < load.seconds * 1000; burst++) {
      await load.refill();
      const started = performance.now();
      const answers = await Promise.all(load.buyers.map((headers) => postOrder(agent, url, headers)));
      timedMs += performance.now() - started;
      for (const { status, ms } of answers) {
        latencies.push(ms);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }
  } finally {
    agent.destroy();
  }
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    seconds: timedMs / 1000,
    p50Ms: Math.round(percentile(latencies, 0.5)),
    p99Ms: Math.round(percentile(latencies, 0.99)),
    errors: unexpected(statuses, [201]),
    statuses,
  };
}
