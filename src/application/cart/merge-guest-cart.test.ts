import { describe, expect, it } from 'vitest';
import { admin, cartFixture, customer } from '../../../test/fixtures/cart';

async function withGuestCart() {
  const fixture = cartFixture();
  const owner = { guestToken: (await fixture.createGuestCart.execute()).cartToken };
  return { ...fixture, owner, guestToken: owner.guestToken };
}

describe('MergeGuestCart', () => {
  it("moves the guest's lines into the user's cart, summing a product in both, and spends the token", async () => {
    const { mergeGuestCart, addToCart, getCart, stocked, owner, guestToken } = await withGuestCart();
    const [dune, emma, lamp] = [await stocked({ quantity: 10 }), await stocked({ quantity: 10 }), await stocked({ quantity: 10 })];
    await addToCart.execute({ productId: dune.id, quantity: 2 }, customer);
    await addToCart.execute({ productId: emma.id, quantity: 1 }, customer);
    await addToCart.execute({ productId: emma.id, quantity: 3 }, owner);
    await addToCart.execute({ productId: lamp.id, quantity: 5 }, owner);

    const merged = await mergeGuestCart.execute({ cartToken: guestToken }, customer);

    expect(merged.items.map(({ productId, quantity }) => [productId, quantity])).toEqual([
      [dune.id, 2],
      [emma.id, 4],
      [lamp.id, 5],
    ]);
    await expect(getCart.execute(customer)).resolves.toEqual(merged);
    await expect(getCart.execute(owner)).rejects.toMatchObject({ code: 'CART_NOT_FOUND' });
    await expect(mergeGuestCart.execute({ cartToken: guestToken }, customer)).rejects.toMatchObject({ code: 'CART_NOT_FOUND' });
  });

  it('caps every merged line at the stock on hand and drops lines left at 0 or of deleted products', async () => {
    const { mergeGuestCart, addToCart, updateProduct, deleteProduct, stocked, owner, guestToken } = await withGuestCart();
    const [scarce, soldOut, gone] = [await stocked({ quantity: 3 }), await stocked({ quantity: 2 }), await stocked({ quantity: 2 })];
    await addToCart.execute({ productId: scarce.id, quantity: 2 }, customer);
    await addToCart.execute({ productId: scarce.id, quantity: 2 }, owner);
    await addToCart.execute({ productId: soldOut.id, quantity: 1 }, owner);
    await addToCart.execute({ productId: gone.id, quantity: 1 }, owner);
    await updateProduct.execute(soldOut.id, { quantity: 0 }, admin);
    await deleteProduct.execute(gone.id, admin);

    const merged = await mergeGuestCart.execute({ cartToken: guestToken }, customer);

    expect(merged.items.map(({ productId, quantity }) => [productId, quantity])).toEqual([[scarce.id, 3]]);
  });

  it('keeps the price a line was added at: the guest line brings its own, a line already there keeps its', async () => {
    const { mergeGuestCart, addToCart, updateProduct, stocked, owner, guestToken } = await withGuestCart();
    const [dune, emma] = [await stocked({ price: 10 }), await stocked({ price: 20 })];
    await addToCart.execute({ productId: dune.id, quantity: 1 }, owner);
    await addToCart.execute({ productId: emma.id, quantity: 1 }, customer);
    await updateProduct.execute(emma.id, { price: 21 }, admin);
    await addToCart.execute({ productId: emma.id, quantity: 1 }, owner);
    await updateProduct.execute(dune.id, { price: 12 }, admin);

    const merged = await mergeGuestCart.execute({ cartToken: guestToken }, customer);

    expect(merged.items.map(({ productId, addedPrice, priceChanged }) => ({ productId, addedPrice, priceChanged }))).toEqual([
      { productId: emma.id, addedPrice: 20, priceChanged: true },
      { productId: dune.id, addedPrice: 10, priceChanged: true },
    ]);
  });

  it('gives a user without a cart one', async () => {
    const { mergeGuestCart, addToCart, stocked, owner, guestToken } = await withGuestCart();
    const dune = await stocked();
    await addToCart.execute({ productId: dune.id, quantity: 2 }, owner);
    await expect(mergeGuestCart.execute({ cartToken: guestToken }, customer)).resolves.toMatchObject({ totalQuantity: 2 });
  });

  it('refuses an unknown token and leaves the user cart alone', async () => {
    const { mergeGuestCart, addToCart, getCart, stocked } = await withGuestCart();
    await addToCart.execute({ productId: (await stocked()).id, quantity: 1 }, customer);
    await expect(mergeGuestCart.execute({ cartToken: 'unknown' }, customer)).rejects.toMatchObject({ code: 'CART_NOT_FOUND' });
    await expect(getCart.execute(customer)).resolves.toMatchObject({ totalQuantity: 1 });
  });
});
