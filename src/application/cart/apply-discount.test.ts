import { describe, expect, it } from 'vitest';
import { cartFixture, customer } from '../../../test/fixtures/cart';

async function withLamp() {
  const fixture = cartFixture();
  const lamp = await fixture.stocked({ price: 33.33, quantity: 10 });
  await fixture.addToCart.execute({ productId: lamp.id, quantity: 1 }, customer);
  return { ...fixture, lamp };
}

describe('ApplyDiscount', () => {
  it('puts a code on the cart, in any case, and prices the cart with it, rounding half up to the cent', async () => {
    const { applyDiscount, getCart, discount } = await withLamp();
    await discount({ code: 'save15', kind: 'percent', value: 15 });

    const cart = await applyDiscount.execute({ code: 'Save15' }, customer);

    expect(cart).toMatchObject({
      subtotalPrice: 33.33,
      discount: { code: 'SAVE15', kind: 'percent', value: 15, amount: 5, applicable: true, reason: null },
      totalPrice: 28.33,
    });
    await expect(getCart.execute(customer)).resolves.toEqual(cart);
  });

  it('refuses an unknown code with DISCOUNT_NOT_FOUND', async () => {
    const { applyDiscount } = await withLamp();
    await expect(applyDiscount.execute({ code: 'NOPE' }, customer)).rejects.toMatchObject({ code: 'DISCOUNT_NOT_FOUND' });
  });

  it('refuses a code that does not apply now, with its reason, and keeps the code the cart had', async () => {
    const { applyDiscount, getCart, discount } = await withLamp();
    await discount({ code: 'FIVE', kind: 'fixed', value: 5 });
    await discount({ code: 'BIG', kind: 'percent', value: 50, minSubtotal: 100 });
    await applyDiscount.execute({ code: 'FIVE' }, customer);

    await expect(applyDiscount.execute({ code: 'BIG' }, customer)).rejects.toMatchObject({
      code: 'DISCOUNT_NOT_APPLICABLE',
      reason: 'BELOW_MIN_SUBTOTAL',
    });
    await expect(getCart.execute(customer)).resolves.toMatchObject({ discount: { code: 'FIVE' }, totalPrice: 28.33 });
  });

  it('keeps a code that stops applying on the cart, with amount 0 and the reason', async () => {
    const { applyDiscount, updateCartItem, getCart, discount, lamp } = await withLamp();
    await discount({ code: 'BULK', kind: 'fixed', value: 10, minSubtotal: 50 });
    await updateCartItem.execute({ productId: lamp.id, quantity: 2 }, customer);
    await applyDiscount.execute({ code: 'BULK' }, customer);

    await updateCartItem.execute({ productId: lamp.id, quantity: 1 }, customer);

    await expect(getCart.execute(customer)).resolves.toMatchObject({
      subtotalPrice: 33.33,
      discount: { code: 'BULK', amount: 0, applicable: false, reason: 'BELOW_MIN_SUBTOTAL' },
      totalPrice: 33.33,
    });
  });

  it('is taken off again by RemoveDiscount', async () => {
    const { applyDiscount, removeDiscount, discount } = await withLamp();
    await discount({ code: 'FIVE', kind: 'fixed', value: 5 });
    await applyDiscount.execute({ code: 'FIVE' }, customer);
    await expect(removeDiscount.execute(customer)).resolves.toMatchObject({ discount: null, totalPrice: 33.33 });
  });
});
