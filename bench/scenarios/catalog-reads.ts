import { type BenchRequest, httpLoad } from '../load/http-load';
import type { RunningServer } from '../processes';
import type { Contender, Scenario } from './scenario';

export interface CatalogServers {
  service: RunningServer;
  databaseCeiling: RunningServer;
  httpCeiling: RunningServer;
}

export const reading = (server: RunningServer, label: string, requests: BenchRequest[], connections: number, expected = [200]): Contender => ({
  label,
  server,
  measure: (seconds) => httpLoad({ baseUrl: server.baseUrl, requests, connections, seconds, expectedStatuses: expected }),
});

/** The service against both ceilings: its database access should come close to the hand-written one. */
function againstCeilings(name: string, title: string, servers: CatalogServers, requests: BenchRequest[], connections: number): Scenario {
  return {
    name,
    title,
    contenders: [
      reading(servers.service, 'service', requests, connections),
      reading(servers.databaseCeiling, 'database ceiling', requests, connections),
      reading(servers.httpCeiling, 'HTTP ceiling', requests, connections),
    ],
    comparisons: [
      { subject: 'service', reference: 'database ceiling', metric: 'requestsPerSecond', atLeast: 0.8 },
      { subject: 'service', reference: 'HTTP ceiling', metric: 'requestsPerSecond' },
      { subject: 'service', reference: 'database ceiling', metric: 'cpuMsPerRequest' },
    ],
  };
}

export const listScenario = (servers: CatalogServers, requests: BenchRequest[], connections: number) =>
  againstCeilings('list', 'GET /products?categoryId&pageSize=20&sort&page', servers, requests, connections);

export const byIdScenario = (servers: CatalogServers, requests: BenchRequest[], connections: number) =>
  againstCeilings('byId', 'GET /products/:id', servers, requests, connections);

// Rounds of the same work differ by a few percent on a shared machine: "no dearer" allows for that.
const NOISE = 0.05;

/**
 * A revalidation with a matching tag should cost no more than the read itself. Judged on the
 * server's CPU time per request, which a busy machine sways less than requests per second.
 */
export function conditionalScenario(service: RunningServer, conditional: BenchRequest[], connections: number): Scenario {
  const uncached = conditional.map(({ path }) => ({ path }));
  return {
    name: 'conditional',
    title: 'GET /products/:id with a matching If-None-Match',
    contenders: [
      reading(service, 'service, If-None-Match', conditional, connections, [200, 304]),
      reading(service, 'service, no validator', uncached, connections),
    ],
    comparisons: [
      { subject: 'service, If-None-Match', reference: 'service, no validator', metric: 'cpuMsPerRequest', atMost: 1 + NOISE },
      { subject: 'service, If-None-Match', reference: 'service, no validator', metric: 'requestsPerSecond' },
    ],
  };
}
