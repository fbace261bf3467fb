import { describe, expect, it, vi } from 'vitest';
import { main } from '../../examples/guest-checkout';
import { exampleServer } from '../support/example-server';

describe('examples/guest-checkout.ts', () => {
  const server = exampleServer();

  it('merges the guest cart at login and orders with the discount, the default address and the expected total', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);

    const order = await main(server.baseUrl, server.admin);

    expect(order).toMatchObject({
      status: 'pending',
      products: [{ price: 12.5, quantity: 3, lineTotal: 37.5 }],
      subtotalPrice: 37.5,
      discountAmount: 5.63,
      totalPrice: 31.87,
      shippingAddress: { name: 'Bea Example', line1: '12 Harbour Road', line2: null, city: 'Hamburg', region: null, postalCode: '20457', country: 'DE', phone: null },
    });
    expect(order.discountCode).toMatch(/^SPRING15-[0-9A-Z]+$/);
    const printed = log.mock.calls.map(([line]) => String(line));
    expect(printed).toContain(`guest cart: 3 item(s), subtotal 37.5, ${order.discountCode} takes off 5.63, total 31.87`);
    expect(printed).toContain('ordering at 37.5 is refused: PRICE_CHANGED, the total is 31.87');
    expect(printed).toContain(
      `placed order #${order.orderId}: subtotal 37.5, ${order.discountCode} took off 5.63, total 31.87, ships to Hamburg`,
    );
    expect(printed.at(-1)).toBe(`applying ${order.discountCode} again is refused: DISCOUNT_NOT_APPLICABLE CUSTOMER_LIMIT_REACHED`);
    log.mockRestore();
  });
});
