import autocannon from 'autocannon';
import { type LoadResult, unexpected } from './round';

export interface BenchRequest {
  path: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface HttpLoad {
  baseUrl: string;
  /** Sent in turn, across all connections, so that every round asks the same mix of questions. */
  requests: BenchRequest[];
  connections: number;
  /** Requests per second over all connections; as fast as answers come when absent. */
  ratePerSecond?: number;
  seconds: number;
  expectedStatuses: number[];
}

/** Requests as fast as `connections` keep-alive clients can send them, for `seconds`. */
export async function httpLoad(load: HttpLoad): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: load.baseUrl,
    connections: load.connections,
    ...(load.ratePerSecond ? { overallRate: load.ratePerSecond } : {}),
    duration: load.seconds,
    requests: [
      {
        setupRequest: (request) => {
          const chosen = load.requests[next++ % load.requests.length]!;
          return { ...request, method: chosen.method ?? 'GET', path: chosen.path, headers: chosen.headers ?? {}, body: chosen.body ?? '' };
        },
      },
    ],
  });
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([status, stats]) => [status, (stats as { count: number }).count]),
  );
  const answered = Object.values(statuses).reduce((sum, count) => sum + count, 0);
  return {
    requests: answered,
    seconds: result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + unexpected(statuses, load.expectedStatuses),
    statuses,
  };
}
