import { describe, expect, it } from 'vitest';
import { GUEST_CART_TTL_DAYS, cartFixture, customer } from '../../../test/fixtures/cart';

const DAY_SECONDS = 86_400;

describe('guest carts', () => {
  it('start empty, with a token of at least 128 bits of which only the digest is kept', async () => {
    const { createGuestCart, carts, clock } = cartFixture();
    const { cartToken, cart } = await createGuestCart.execute();
    expect(cart).toEqual({ items: [], totalQuantity: 0, subtotalPrice: 0, discount: null, totalPrice: 0 });
    expect(Buffer.from(cartToken, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(await carts.find({ tokenDigest: cartToken }, clock.now())).toBeNull();
  });

  it('follow every cart rule through their token, apart from the user carts', async () => {
    const { createGuestCart, addToCart, updateCartItem, removeFromCart, getCart, stocked } = cartFixture();
    const [dune, emma] = [await stocked({ price: 9.99, quantity: 3 }), await stocked({ price: 5 })];
    const owner = { guestToken: (await createGuestCart.execute()).cartToken };

    await addToCart.execute({ productId: dune.id, quantity: 2 }, owner);
    await addToCart.execute({ productId: emma.id, quantity: 1 }, owner);
    await expect(addToCart.execute({ productId: dune.id, quantity: 2 }, owner)).rejects.toMatchObject({ code: 'INSUFFICIENT_STOCK' });
    await updateCartItem.execute({ productId: emma.id, quantity: 4 }, owner);
    await removeFromCart.execute({ productId: dune.id }, owner);

    await expect(getCart.execute(owner)).resolves.toMatchObject({ items: [{ productId: emma.id, quantity: 4 }], totalPrice: 20 });
    await expect(getCart.execute(customer)).resolves.toMatchObject({ items: [] });
  });

  it('are not found by an unknown token', async () => {
    const { getCart, addToCart, stocked } = cartFixture();
    const owner = { guestToken: 'no-such-token' };
    await expect(getCart.execute(owner)).rejects.toMatchObject({ code: 'CART_NOT_FOUND' });
    await expect(addToCart.execute({ productId: (await stocked()).id, quantity: 1 }, owner)).rejects.toMatchObject({
      code: 'CART_NOT_FOUND',
    });
  });

  it(`expire ${GUEST_CART_TTL_DAYS} days after their last change, and are purged then`, async () => {
    const { createGuestCart, addToCart, getCart, purgeExpiredCarts, stocked, clock } = cartFixture();
    const dune = await stocked();
    const owner = { guestToken: (await createGuestCart.execute()).cartToken };

    clock.advanceSeconds(20 * DAY_SECONDS);
    await addToCart.execute({ productId: dune.id, quantity: 1 }, owner);
    clock.advanceSeconds(20 * DAY_SECONDS);
    await expect(purgeExpiredCarts.execute()).resolves.toBe(0);
    await expect(getCart.execute(owner)).resolves.toMatchObject({ totalQuantity: 1 });

    clock.advanceSeconds(10 * DAY_SECONDS);
    await expect(getCart.execute(owner)).rejects.toMatchObject({ code: 'CART_NOT_FOUND' });
    await expect(purgeExpiredCarts.execute()).resolves.toBe(1);
  });

  it('do not live longer for being read', async () => {
    const { createGuestCart, getCart, clock } = cartFixture();
    const owner = { guestToken: (await createGuestCart.execute()).cartToken };
    clock.advanceSeconds(GUEST_CART_TTL_DAYS * DAY_SECONDS - 1);
    await getCart.execute(owner);
    clock.advanceSeconds(1);
    await expect(getCart.execute(owner)).rejects.toMatchObject({ code: 'CART_NOT_FOUND' });
  });
});
