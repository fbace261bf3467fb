import { describe, expect, it } from 'vitest';
import { admin, customer, orderingFixture, otherCustomer } from '../../../test/fixtures/ordering';

async function shop() {
  const fixture = orderingFixture();
  const lamp = await fixture.stocked({ price: 20, quantity: 100 });
  const fill = (actor = customer, quantity = 1) => fixture.addToCart.execute({ productId: lamp.id, quantity }, actor);
  return { ...fixture, lamp, fill };
}

describe('checkout with a discount code', () => {
  it('orders at the discounted total, keeps the code and amount, counts a use and empties the cart of its code', async () => {
    const { placeOrder, applyDiscount, getCart, discount, discounts, fill } = await shop();
    const code = await discount({ code: 'TENOFF', kind: 'fixed', value: 10 });
    await fill(customer, 3);
    await applyDiscount.execute({ code: 'tenoff' }, customer);

    const { order } = await placeOrder.execute({}, customer);

    expect(order).toMatchObject({ subtotalPrice: 60, discountCode: 'TENOFF', discountAmount: 10, totalPrice: 50 });
    expect((await discounts.findById(code.id))?.timesUsed).toBe(1);
    await expect(getCart.execute(customer)).resolves.toMatchObject({ items: [], discount: null });
  });

  it('refuses a code that no longer applies with its reason, and changes nothing', async () => {
    const { placeOrder, applyDiscount, getCart, discount, fill, stockOf, lamp, clock, allOrders } = await shop();
    await discount({ code: 'SOON-OVER', kind: 'percent', value: 10, endsAt: new Date(clock.now().getTime() + 60_000).toISOString() });
    await fill();
    await applyDiscount.execute({ code: 'SOON-OVER' }, customer);
    clock.advanceSeconds(60);

    await expect(placeOrder.execute({}, customer)).rejects.toMatchObject({ code: 'DISCOUNT_NOT_APPLICABLE', reason: 'EXPIRED' });
    expect(await stockOf(lamp.id)).toBe(100);
    await expect(allOrders(admin)).resolves.toMatchObject({ total: 0 });
    await expect(getCart.execute(customer)).resolves.toMatchObject({ totalQuantity: 1, discount: { code: 'SOON-OVER', applicable: false } });
  });

  it('holds the usage limit: the use that would pass it is refused', async () => {
    const { placeOrder, applyDiscount, discount, fill } = await shop();
    await discount({ code: 'FIRST', kind: 'percent', value: 50, usageLimit: 1 });
    for (const actor of [customer, otherCustomer]) {
      await fill(actor);
      await applyDiscount.execute({ code: 'FIRST' }, actor);
    }
    await placeOrder.execute({}, customer);
    await expect(placeOrder.execute({}, otherCustomer)).rejects.toMatchObject({ reason: 'USAGE_LIMIT_REACHED' });
  });

  it('holds the per-customer limit, for the signed-in owner only, and a cancelled order gives its use back', async () => {
    const { placeOrder, applyDiscount, cancelOrder, createGuestCart, discount, discounts, fill } = await shop();
    const once = await discount({ code: 'ONCE', kind: 'percent', value: 10, perCustomerLimit: 1 });
    await fill();
    await applyDiscount.execute({ code: 'ONCE' }, customer);
    const { order } = await placeOrder.execute({}, customer);

    await fill();
    await expect(applyDiscount.execute({ code: 'ONCE' }, customer)).rejects.toMatchObject({ reason: 'CUSTOMER_LIMIT_REACHED' });
    const guest = { guestToken: (await createGuestCart.execute()).cartToken };
    await expect(applyDiscount.execute({ code: 'ONCE' }, guest)).resolves.toMatchObject({ discount: { applicable: true } });

    await cancelOrder.execute({ id: order.orderId }, customer);
    expect((await discounts.findById(once.id))?.timesUsed).toBe(0);
    await expect(applyDiscount.execute({ code: 'ONCE' }, customer)).resolves.toMatchObject({ discount: { applicable: true } });
  });

  it('takes a merged guest cart with its code when the user cart has none', async () => {
    const { mergeGuestCart, createGuestCart, applyDiscount, addToCart, discount, lamp } = await shop();
    await discount({ code: 'GUEST5', kind: 'fixed', value: 5 });
    const { cartToken } = await createGuestCart.execute();
    await addToCart.execute({ productId: lamp.id, quantity: 1 }, { guestToken: cartToken });
    await applyDiscount.execute({ code: 'GUEST5' }, { guestToken: cartToken });

    await expect(mergeGuestCart.execute({ cartToken }, customer)).resolves.toMatchObject({ discount: { code: 'GUEST5' }, totalPrice: 15 });
  });
});
