import { QueryTypes, type Sequelize } from 'sequelize';

/** Each invariant is a query for the rows that break it: none may come back. */
const INVARIANTS: Record<string, string> = {
  'no product has negative stock': 'SELECT id, quantity FROM products WHERE quantity < 0',
  "every order's subtotal is the sum of its lines, and its total the subtotal less its discount": `
    SELECT o.id, o.subtotal_cents, o.discount_amount_cents, o.total_cents, SUM(i.line_total_cents) AS lines_cents
    FROM orders o LEFT JOIN order_items i ON i.order_id = o.id
    GROUP BY o.id, o.subtotal_cents, o.discount_amount_cents, o.total_cents
    HAVING COUNT(i.id) = 0 OR o.subtotal_cents <> SUM(i.line_total_cents)
      OR o.total_cents <> o.subtotal_cents - o.discount_amount_cents OR o.discount_amount_cents < 0`,
  "no discount is used more often than its limit allows": `
    SELECT id, times_used, usage_limit FROM discounts
    WHERE times_used < 0 OR times_used > usage_limit`,
  "every order line's total is its price times its quantity": `
    SELECT id, unit_price_cents, quantity, line_total_cents FROM order_items
    WHERE quantity <= 0 OR line_total_cents <> unit_price_cents * quantity`,
  "every category's kept count of live products is what counting them finds": `
    SELECT c.id, c.live_product_count, COUNT(p.id) AS live
    FROM categories c LEFT JOIN products p ON p.category_id = c.id AND p.deleted_at IS NULL
    GROUP BY c.id, c.live_product_count
    HAVING c.live_product_count <> COUNT(p.id)`,
  // Stock may legitimately drop below a cart line later (an admin's edit, another buyer's
  // order), so only a line written after its product's last change must fit the stock.
  "no cart line holds more than its product's stock": `
    SELECT c.id, c.cart_id, c.product_id, c.quantity, p.quantity AS stock
    FROM cart_lines c JOIN products p ON p.id = c.product_id
    WHERE p.deleted_at IS NULL AND (c.quantity <= 0 OR (c.quantity > p.quantity AND c.updated_at > p.updated_at))`,
};

/** The broken invariants, each with the rows that break it. */
export async function brokenInvariants(sequelize: Sequelize): Promise<Record<string, object[]>> {
  const broken: Record<string, object[]> = {};
  for (const [invariant, sql] of Object.entries(INVARIANTS)) {
    const rows = await sequelize.query<object>(sql, { type: QueryTypes.SELECT });
    if (rows.length > 0) broken[invariant] = rows;
  }
  return broken;
}
