import { randomUUID } from 'node:crypto';
import { logIn, send } from './requests';
import type { Tally } from './tally';

const PASSWORD = 'soak customer password';
const FILTERS = ['pageSize=10', 'sort=price&inStock=true', 'q=item&sort=-price&pageSize=5', 'minPrice=5&maxPrice=30', 'sort=name&page=2&pageSize=5'];
const MAX_ROUNDS = 100_000;

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;

/** One virtual customer: signs up, then browses, fills the cart and checks out until the deadline. */
export async function shopper(tally: Tally, base: string, index: number, productIds: number[], deadline: number): Promise<void> {
  const credentials = { email: `soak-customer-${index}@shop.test`, password: PASSWORD };
  const signup = await send(tally, base, 'POST', '/auth/signup', { body: credentials });
  if (signup.status !== 201) throw new Error(`signup answered ${signup.status}`);
  let token = '';
  for (let round = 0; round < MAX_ROUNDS && performance.now() < deadline; round++) {
    // Logging in again now and then keeps password checks in the mix.
    if (round % 10 === 0) token = await logIn(tally, base, credentials);
    await send(tally, base, 'GET', `/products?${FILTERS[round % FILTERS.length]}`);
    await send(tally, base, 'GET', `/products/${pick(productIds)}`);
    await checkOut(tally, base, token, [pick(productIds), pick(productIds)]);
  }
}

async function checkOut(tally: Tally, base: string, token: string, [first, second]: number[]): Promise<void> {
  const filled =
    (await send(tally, base, 'POST', '/cart', { token, body: { productId: first, quantity: 1 } })).status === 200 &&
    (await send(tally, base, 'POST', '/cart', { token, body: { productId: second, quantity: 1 } })).status === 200 &&
    (await send(tally, base, 'PUT', `/cart/${second}`, { token, body: { quantity: 1 + Math.floor(Math.random() * 3) } })).status === 200;
  const order = filled ? await send(tally, base, 'POST', '/order', { token, key: randomUUID() }) : undefined;
  const orderId = order && order.status < 300 ? order.body?.orderId : undefined;
  if (orderId === undefined) {
    // Out of stock, most likely: start the next round with an empty cart.
    const cart = await send(tally, base, 'GET', '/cart', { token });
    for (const item of cart.body?.items ?? []) await send(tally, base, 'DELETE', `/cart/${item.productId}`, { token });
    return;
  }
  tally.orderIds.add(orderId);
  if (Math.random() < 0.2 && (await send(tally, base, 'POST', `/order/${orderId}/cancel`, { token })).status === 200) tally.cancelled++;
}
