import { setTimeout as delay } from 'node:timers/promises';
import { QueryTypes } from 'sequelize';
import { PASSWORD, type SignedIn } from '../support/accounts';
import type { TestApp } from '../support/test-app';
import { type Call, type Outcome, timedRequest } from './timed-request';

export const READY: Call = { name: 'GET /ready', method: 'GET', path: '/ready', success: 200 };

export function browsing(productId: number, loggingIn: SignedIn[]): Call[] {
  return [
    { name: 'GET /products', method: 'GET', path: '/products?pageSize=5', success: 200 },
    { name: 'GET /products/:id', method: 'GET', path: `/products/${productId}`, success: 200 },
    ...loggingIn.map(logIn),
  ];
}

export function logIn(customer: SignedIn): Call {
  return { name: 'POST /auth/login', method: 'POST', path: '/auth/login', body: { email: customer.email, password: PASSWORD }, success: 200 };
}

export function checkout(customer: SignedIn, idempotencyKey: string): Call {
  return {
    name: 'POST /order',
    method: 'POST',
    path: '/order',
    headers: { ...customer.auth, 'Idempotency-Key': idempotencyKey },
    success: 201,
  };
}

/** Asks until the call is answered by something other than 503, as a client honouring Retry-After would. */
export async function untilAvailable(baseUrl: string, call: Call, limitMs: number, withinMs: number): Promise<Outcome> {
  const giveUpAt = performance.now() + withinMs;
  let outcome = await timedRequest(baseUrl, call, limitMs);
  for (let attempt = 1; attempt < 50 && performance.now() < giveUpAt; attempt++) {
    if (outcome.answer && outcome.answer.status !== 503) break;
    await delay(250);
    outcome = await timedRequest(baseUrl, call, limitMs);
  }
  return outcome;
}

export interface StockBalance {
  stock: number;
  /** Units of the product in orders that are not cancelled. */
  ordered: number;
}

export async function stockBalance(app: TestApp, productId: number): Promise<StockBalance> {
  const [row] = await app.application.database.sequelize.query<{ stock: number | string; ordered: number | string }>(
    `SELECT p.quantity AS stock,
            (SELECT COALESCE(SUM(i.quantity), 0)
               FROM order_items i JOIN orders o ON o.id = i.order_id
              WHERE i.product_id = p.id AND o.status <> 'cancelled') AS ordered
       FROM products p
      WHERE p.id = :productId`,
    { replacements: { productId }, type: QueryTypes.SELECT },
  );
  return { stock: Number(row!.stock), ordered: Number(row!.ordered) };
}
