import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { NamedOperation } from '../../src/interfaces/operation';
import { OPERATIONS } from '../../src/interfaces/operations';
import { describeEachDatabase } from '../support/test-app';
import { restViolations, trpcViolations } from './answer-checks';
import { exchangeReport } from './exchange-report';
import { FuzzWorld, ROLES } from './fuzz-world';
import { type Probe, probeArbitrary } from './probe';
import type { WireResponse } from './send';
import { brokenInvariants } from './store-invariants';
import { type WireRequest, isBatch, restRequest, trpcRequest } from './wire';

// Each run sends one probe once per role, for every operation over both transports: 1,800
// requests a database at the default, well within a minute. FUZZ_RUNS=500 searches deeper.
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 12);

interface Transport {
  name: 'REST' | 'tRPC';
  request(operation: NamedOperation, probe: Probe, token: string | undefined): WireRequest;
  violations(request: WireRequest, response: WireResponse): string[];
}

const TRANSPORTS: Transport[] = [
  { name: 'REST', request: restRequest, violations: restViolations },
  { name: 'tRPC', request: trpcRequest, violations: (request, response) => trpcViolations(request, response, isBatch(request)) },
];

describeEachDatabase('every operation under hostile input', (kind) => {
  let world: FuzzWorld;
  beforeAll(async () => {
    world = await FuzzWorld.start(kind);
  });
  afterAll(() => world?.close());

  for (const operation of OPERATIONS) {
    for (const transport of TRANSPORTS) {
      it(`${operation.id} over ${transport.name} never fails on the server and answers errors in shape`, async () => {
        await world.replenish();
        await fc.assert(
          fc.asyncProperty(probeArbitrary(operation, world.known), async (probe) => {
            for (const role of ROLES) {
              const request = transport.request(operation, probe, world.tokenOf(role));
              const response = await world.connection.send(request);
              await world.afterAnswer(role, operation, response, transport.name === 'tRPC');
              const violations = transport.violations(request, response);
              if (violations.length > 0) {
                throw new Error(exchangeReport(`${operation.id} over ${transport.name}`, request, response, violations, role));
              }
            }
          }),
          { numRuns: RUNS_PER_OPERATION },
        );
      }, 60_000);
    }
  }

  it('leaves stock, orders and carts consistent', async () => {
    expect(await brokenInvariants(world.app.application.database.sequelize)).toEqual({});
  });
});
