import { type BenchRequest, httpLoad } from '../load/http-load';
import { watchMachine } from '../load/machine-use';
import type { Round } from '../load/round';
import type { RunningServer } from '../processes';
import type { Credentials } from '../setup/shoppers';
import type { Contender, Scenario } from './scenario';

const LOGINS = 'logins meanwhile';
// Listing at a pace well below what the service can do: a saturated listing's latency would
// measure its own queue, not the stall that logins cause.
const LISTING_RATE = 40;
const LISTING_CONNECTIONS = 10;
// Logins still being hashed when a round stops would stall the next round, measured alone.
const SETTLE_MS = 1_500;
// At this pace a round of the usual length holds too few answers for its p99 to be more than
// its two or three slowest: rounds here last three times as long.
const ROUND_LENGTHS = 3;

/** Password hashing shares the thread pool with the database driver: logins must not stall the catalog. */
export function loginStallScenario(service: RunningServer, listing: BenchRequest[], accounts: Credentials[]): Scenario {
  const logins: BenchRequest[] = accounts.map((account) => ({
    path: '/auth/login',
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(account),
  }));
  const companions = new Map<string, Round[]>([[LOGINS, []]]);
  const alone: Contender = {
    label: `list at ${LISTING_RATE}/s alone`,
    server: service,
    measure: (seconds) =>
      httpLoad({
        baseUrl: service.baseUrl,
        requests: listing,
        connections: LISTING_CONNECTIONS,
        ratePerSecond: LISTING_RATE,
        seconds: seconds * ROUND_LENGTHS,
        expectedStatuses: [200],
      }),
  };
  return {
    name: 'loginStall',
    title: `GET /products while ${accounts.length} clients log in`,
    contenders: [
      alone,
      {
        label: `list at ${LISTING_RATE}/s while logging in`,
        server: service,
        cpuPerRequest: false,
        measure: async (seconds) => {
          const machine = await watchMachine();
          const [list, login] = await Promise.all([
            alone.measure(seconds),
            httpLoad({
              baseUrl: service.baseUrl,
              requests: logins,
              connections: accounts.length,
              seconds: seconds * ROUND_LENGTHS,
              expectedStatuses: [200],
            }),
          ]);
          const machineUse = await machine();
          companions.get(LOGINS)?.push({ ...login, ...machineUse, rssMegabytes: await service.rssMegabytes(), cpuSeconds: 0 });
          await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
          return list;
        },
      },
    ],
    comparisons: [{ subject: `list at ${LISTING_RATE}/s while logging in`, reference: alone.label, metric: 'p99Ms', atMost: 2 }],
    companions: () => companions,
  };
}
