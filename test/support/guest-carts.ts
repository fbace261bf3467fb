import type { TestApp } from './test-app';

/** Starts a guest cart and returns the header that reaches it. */
export async function startGuestCart(app: TestApp): Promise<{ cartToken: string; guest: { 'X-Cart-Token': string } }> {
  const response = await app.http.post('/cart/guest').expect(201);
  const cartToken: string = response.body.cartToken;
  return { cartToken, guest: { 'X-Cart-Token': cartToken } };
}
