import { QueryTypes } from 'sequelize';
import { Database } from '../../src/infrastructure/sequelize/database';

export interface Invariants {
  initial: number;
  stock: number;
  ordered: number;
  broken: string[];
}

/** Reads the database back after the run: what must hold whatever the load and the restart did. */
export async function checkInvariants(databaseUrl: string, initialStock: Map<number, number>, acknowledged: Set<number>): Promise<Invariants> {
  const database = new Database({ url: databaseUrl });
  const select = <T extends object>(sql: string) => database.sequelize.query<T>(sql, { type: QueryTypes.SELECT });
  try {
    const products = await select<{ id: number; quantity: number }>('SELECT id, quantity FROM products');
    const units = await select<{ product_id: number; units: string | number }>(
      `SELECT i.product_id, SUM(i.quantity) AS units FROM order_items i JOIN orders o ON o.id = i.order_id
        WHERE o.status <> 'cancelled' GROUP BY i.product_id`,
    );
    const [wrongTotals] = await select<{ n: string | number }>(
      `SELECT COUNT(*) AS n FROM orders o WHERE o.total_cents <>
         (SELECT COALESCE(SUM(i.line_total_cents), 0) FROM order_items i WHERE i.order_id = o.id)
         OR NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id)`,
    );
    const [wrongLines] = await select<{ n: string | number }>('SELECT COUNT(*) AS n FROM order_items WHERE line_total_cents <> unit_price_cents * quantity');
    const stored = new Set((await select<{ id: number }>('SELECT id FROM orders')).map((row) => Number(row.id)));

    const ordered = new Map(units.map((row) => [Number(row.product_id), Number(row.units)]));
    const broken = products
      .filter((p) => initialStock.get(p.id) !== p.quantity + (ordered.get(p.id) ?? 0))
      .map((p) => `product ${p.id}: initial ${initialStock.get(p.id)} != stock ${p.quantity} + ordered ${ordered.get(p.id) ?? 0}`);
    broken.push(...products.filter((p) => p.quantity < 0).map((p) => `product ${p.id}: negative stock ${p.quantity}`));
    if (Number(wrongTotals!.n)) broken.push(`${wrongTotals!.n} orders whose total is not the sum of their lines, or without lines`);
    if (Number(wrongLines!.n)) broken.push(`${wrongLines!.n} order lines whose total is not price x quantity`);
    const lost = [...acknowledged].filter((id) => !stored.has(id));
    if (lost.length) broken.push(`${lost.length} orders acknowledged to a client but not stored: ${lost.slice(0, 10).join(', ')}`);
    const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);
    return { initial: sum(initialStock.values()), stock: sum(products.map((p) => p.quantity)), ordered: sum(ordered.values()), broken };
  } finally {
    await database.close();
  }
}
