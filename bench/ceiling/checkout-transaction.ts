import { randomUUID } from 'node:crypto';
import type { SqlClient, SqlSession } from '../sql/sql-client';

interface CartLine {
  product_id: number;
  quantity: number;
  name: string;
  price_cents: number;
}

export class CheckoutConflict extends Error {}

const MAX_ATTEMPTS = 5;
// MySQL's deadlock and lock-wait errors and PostgreSQL's deadlock and serialization failures.
const isTransient = (error: unknown) => {
  const code = (error as { code?: string; errno?: number }).code;
  return ['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', '40P01', '40001'].includes(code ?? '');
};

/** The statements of a checkout, written by hand: what the service's PlaceOrder does in SQL. */
async function placeOrder(db: SqlSession, userId: number) {
  const now = new Date();
  const forUpdate = db.dialect === 'sqlite' ? '' : ' FOR UPDATE';
  if (forUpdate) await db.rows(`SELECT id FROM users WHERE id = ?${forUpdate}`, [userId]);
  const [cart] = await db.rows<{ id: number }>(`SELECT id FROM carts WHERE user_id = ?${forUpdate}`, [userId]);
  if (!cart) throw new CheckoutConflict('the cart is empty');
  const lines = await db.rows<CartLine>(
    `SELECT c.product_id, c.quantity, p.name, p.price_cents
     FROM cart_lines c JOIN products p ON p.id = c.product_id
     WHERE c.cart_id = ? AND p.deleted_at IS NULL ORDER BY c.id`,
    [cart.id],
  );
  // The default address the order ships to; the bench's shoppers have none.
  await db.rows('SELECT id FROM addresses WHERE user_id = ? AND is_default = ?', [userId, true]);
  if (lines.length === 0) throw new CheckoutConflict('the cart is empty');
  for (const line of lines) {
    const changed = await db.run(
      `UPDATE products SET quantity = quantity - ?, updated_at = ?
       WHERE id = ? AND deleted_at IS NULL AND quantity >= ?`,
      [line.quantity, now, line.product_id, line.quantity],
    );
    if (changed !== 1) throw new CheckoutConflict(`not enough stock of product ${line.product_id}`);
  }
  const totalCents = lines.reduce((sum, line) => sum + line.price_cents * line.quantity, 0);
  const orderId = await db.insert(
    `INSERT INTO orders (user_id, status, subtotal_cents, discount_amount_cents, total_cents, idempotency_key, created_at, updated_at)
     VALUES (?, 'pending', ?, 0, ?, NULL, ?, ?)`,
    [userId, totalCents, totalCents, now, now],
  );
  await db.run(
    `INSERT INTO order_items (order_id, product_id, name, unit_price_cents, quantity, line_total_cents) VALUES ${lines
      .map(() => '(?, ?, ?, ?, ?, ?)')
      .join(', ')}`,
    lines.flatMap((line) => [orderId, line.product_id, line.name, line.price_cents, line.quantity, line.price_cents * line.quantity]),
  );
  await db.run('DELETE FROM cart_lines WHERE cart_id = ?', [cart.id]);
  await db.run('UPDATE carts SET discount_id = NULL, updated_at = ? WHERE id = ?', [now, cart.id]);
  const order = { id: orderId, status: 'pending', total: totalCents / 100, items: lines.length };
  // The outbox, as the service records it: the event, then the webhooks that may want it (none here).
  const eventId = randomUUID();
  const body = JSON.stringify({ id: eventId, type: 'order.placed', createdAt: now.toISOString(), data: { order } });
  await db.run('INSERT INTO events (id, type, body, created_at, published_at) VALUES (?, ?, ?, ?, ?)', [eventId, 'order.placed', body, now, now]);
  await db.rows('SELECT id, events FROM webhooks WHERE active = ?', [true]);
  return order;
}

/** One checkout in one transaction, tried again when the database breaks a deadlock, as the service does. */
export async function checkout(db: SqlClient, userId: number) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction((session) => placeOrder(session, userId));
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isTransient(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
