import { checkoutLoad } from '../load/checkout-load';
import type { RunningServer } from '../processes';
import type { Shopper } from '../setup/shoppers';
import type { SqlClient } from '../sql/sql-client';
import type { Contender, Scenario } from './scenario';

const LINES_PER_ORDER = 3;
/** Products the buyers share, so that their orders contend for stock rows as real ones do. */
const STOCKED_PRODUCTS = 30;
const STOCK = 900_000;

export interface CheckoutSetup {
  db: SqlClient;
  shoppers: Shopper[];
  productIds: number[];
  refill(): Promise<void>;
}

/**
 * Stocks a few products for a long run of orders and gives each buyer three of them. Lines are
 * in ascending product order, so that concurrent orders lock stock in one order and never deadlock.
 */
export async function stockForCheckout(db: SqlClient, shoppers: Shopper[]): Promise<CheckoutSetup> {
  const live = await db.rows<{ id: number }>('SELECT id FROM products WHERE deleted_at IS NULL ORDER BY id DESC LIMIT ?', [STOCKED_PRODUCTS]);
  const productIds = live.map((row) => row.id);
  await db.run(`UPDATE products SET quantity = ? WHERE id IN (${productIds.map(() => '?').join(', ')})`, [STOCK, ...productIds]);
  const lines = shoppers.flatMap((shopper, n) =>
    Array.from({ length: LINES_PER_ORDER }, (_, line) => productIds[(n + Math.floor((line * productIds.length) / LINES_PER_ORDER)) % productIds.length]!)
      .sort((a, b) => a - b)
      .map((productId) => [shopper.userId, productId]),
  );
  const userIds = shoppers.map((shopper) => shopper.userId);
  const refill = () =>
    db.transaction(async (session) => {
      const now = new Date();
      const inList = userIds.map(() => '?').join(', ');
      await session.run(`DELETE FROM carts WHERE user_id IN (${inList})`, userIds);
      await session.run(
        `INSERT INTO carts (user_id, created_at, updated_at) VALUES ${userIds.map(() => '(?, ?, ?)').join(', ')}`,
        userIds.flatMap((userId) => [userId, now, now]),
      );
      const carts = await session.rows<{ id: number; user_id: number }>(`SELECT id, user_id FROM carts WHERE user_id IN (${inList})`, userIds);
      const cartOf = new Map(carts.map((cart) => [cart.user_id, cart.id]));
      const prices = await session.rows<{ id: number; price_cents: number }>(
        `SELECT id, price_cents FROM products WHERE id IN (${productIds.map(() => '?').join(', ')})`,
        productIds,
      );
      const priceOf = new Map(prices.map((product) => [product.id, product.price_cents]));
      await session.run(
        `INSERT INTO cart_lines (cart_id, product_id, quantity, added_price_cents, created_at, updated_at) VALUES ${lines.map(() => '(?, ?, 1, ?, ?, ?)').join(', ')}`,
        lines.flatMap(([userId, productId]) => [cartOf.get(userId!), productId, priceOf.get(productId!), now, now]),
      );
    });
  return { db, shoppers, productIds, refill };
}

const buying = (label: string, server: RunningServer, buyers: Record<string, string>[], setup: CheckoutSetup, maxBursts: number): Contender => ({
  label,
  server,
  measure: (seconds) => checkoutLoad({ baseUrl: server.baseUrl, buyers, refill: setup.refill, seconds, maxBursts }),
});

/** Every buyer placing a three-line order at once, through the service and through a hand-written transaction. */
export function checkoutScenario(service: RunningServer, databaseCeiling: RunningServer, setup: CheckoutSetup, maxBursts: number): Scenario {
  const bearers = setup.shoppers.map((shopper) => ({ Authorization: `Bearer ${shopper.accessToken}` }));
  const named = setup.shoppers.map((shopper) => ({ 'X-User-Id': String(shopper.userId) }));
  return {
    name: 'checkout',
    title: `POST /order, ${setup.shoppers.length} buyers at once, ${LINES_PER_ORDER} lines each`,
    contenders: [
      buying('service', service, bearers, setup, maxBursts),
      buying('hand-written transaction', databaseCeiling, named, setup, maxBursts),
    ],
    comparisons: [
      { subject: 'service', reference: 'hand-written transaction', metric: 'requestsPerSecond', atLeast: 0.7 },
      { subject: 'service', reference: 'hand-written transaction', metric: 'cpuMsPerRequest' },
    ],
  };
}
