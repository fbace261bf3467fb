import { describe, expect, it } from 'vitest';
import { signInAsAdmin, signUpAndLogIn } from '../support/accounts';
import { createProduct } from '../support/catalog';
import { SERVER_DATABASES, isAvailable } from '../support/databases';
import { fillCart } from '../support/orders';
import { type AppBehindProxy, startBehindProxy } from './app-behind-proxy';
import { runBurst } from './burst';
import { READY, browsing, checkout, logIn, stockBalance, untilAvailable } from './shop-calls';
import type { Outage } from './tcp-proxy';
import { timedRequest } from './timed-request';
import { describeOutcome, succeeded, unacceptableOutcomes } from './verdicts';

const REQUEST_TIMEOUT_MS = 2_000;
// What a busy two-core machine needs beyond the deadline to write the 503 and deliver it.
const PATIENCE_MS = REQUEST_TIMEOUT_MS + 1_000;
const CUT_AFTER_MS = 600;
// Long enough for requests caught by the cut to run into the deadline, and for later ones to follow.
const OUTAGE_MS = REQUEST_TIMEOUT_MS + 1_500;
const RECOVERY_WITHIN_MS = 8_000;
const INITIAL_STOCK = 40;
const UNITS_PER_CART = 2;
const CUSTOMERS = 6;

const OUTAGES: [string, Outage][] = [
  ['connections refused and reset', 'refused'],
  ['a black hole: connections open, no reply', 'black hole'],
];

for (const kind of SERVER_DATABASES) {
  const available = isAvailable(kind);
  const label = available ? kind.label : `${kind.label}: skipped, ${kind.urlVariable} is not set`;

  describe.skipIf(!available)(`a database outage [${label}]`, () => {
    it.each(OUTAGES)(
      '%s: answers 503 in time while it lasts, then recovers with the stock intact',
      async (_title, outage) => {
        const shop = await startBehindProxy(kind, { REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) });
        try {
          await outageAndRecovery(shop, outage);
        } finally {
          await shop.close();
        }
      },
      45_000,
    );
  });
}

async function outageAndRecovery(shop: AppBehindProxy, outage: Outage): Promise<void> {
  const admin = await signInAsAdmin(shop);
  const product = await createProduct(shop, admin, { quantity: INITIAL_STOCK });
  const customers = await Promise.all(Array.from({ length: CUSTOMERS + 1 }, () => signUpAndLogIn(shop)));
  for (const customer of customers) await fillCart(shop, customer, [[product.id, UNITS_PER_CART]]);
  const [latecomer, ...buyers] = customers;
  const loggingIn = buyers.slice(0, 2);
  const checkouts = buyers.map((buyer, index) => checkout(buyer, `during-outage-${index}`));

  // Checkouts go out every half second: the first two are sent before the cut, the others during it.
  const outcomes = await runBurst({
    baseUrl: shop.baseUrl,
    repeated: browsing(product.id, loggingIn),
    workers: 4,
    once: checkouts,
    spacingMs: 500,
    durationMs: CUT_AFTER_MS + OUTAGE_MS,
    limitMs: PATIENCE_MS,
    cutAfterMs: CUT_AFTER_MS,
    cut: () => shop.proxy.cut(outage),
  });
  const ready = await timedRequest(shop.baseUrl, READY, PATIENCE_MS);

  expect.soft(unacceptableOutcomes(outcomes), 'answers that are neither normal nor a 503 in time').toEqual([]);
  expect.soft(ready.answer?.status, `GET /ready during the outage: ${describeOutcome(ready)}`).toBe(503);

  await shop.proxy.restore();
  const recovered = await untilAvailable(shop.baseUrl, READY, PATIENCE_MS, RECOVERY_WITHIN_MS);
  expect(recovered.answer?.status, `GET /ready after the database came back: ${describeOutcome(recovered)}`).toBe(200);

  // A client retries a failed checkout with the same key; the key makes that safe whatever happened.
  const unfinished = checkouts.filter((call) => !succeeded(outcomes.find((outcome) => outcome.call === call)));
  const later = await Promise.all(
    [...unfinished, checkout(latecomer!, 'after-outage'), ...loggingIn.map(logIn)].map((call) =>
      untilAvailable(shop.baseUrl, call, PATIENCE_MS, RECOVERY_WITHIN_MS),
    ),
  );
  expect(later.filter((outcome) => !succeeded(outcome)).map(describeOutcome), 'checkouts and logins after recovery').toEqual([]);

  const balance = await stockBalance(shop, product.id);
  expect(balance.stock).toBeGreaterThanOrEqual(0);
  expect(balance.stock + balance.ordered, 'initial stock = stock now + units in orders').toBe(INITIAL_STOCK);
  expect(balance.ordered, 'every cart ordered exactly once').toBe(UNITS_PER_CART * customers.length);
}
