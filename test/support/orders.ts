import type { SignedIn } from './accounts';
import type { TestApp } from './test-app';

export async function fillCart(app: TestApp, customer: SignedIn, lines: [productId: number, quantity: number][]) {
  for (const [productId, quantity] of lines) {
    await app.http.post('/cart').set(customer.auth).send({ productId, quantity }).expect(200);
  }
}

export function placeOrder(app: TestApp, customer: SignedIn, idempotencyKey?: string) {
  const request = app.http.post('/order').set(customer.auth);
  if (idempotencyKey) request.set('Idempotency-Key', idempotencyKey);
  return request;
}
