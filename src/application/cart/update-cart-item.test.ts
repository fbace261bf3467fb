import { describe, expect, it } from 'vitest';
import { InsufficientStockError } from '../../domain/cart/cart';
import { NotFoundError } from '../../domain/shared/errors';
import { cartFixture, customer } from '../../../test/fixtures/cart';

async function withLines() {
  const fixture = cartFixture();
  const dune = await fixture.stocked({ price: 2, quantity: 5 });
  const emma = await fixture.stocked({ name: 'Emma', price: 3, quantity: 5 });
  await fixture.addToCart.execute({ productId: dune.id, quantity: 2 }, customer);
  await fixture.addToCart.execute({ productId: emma.id, quantity: 1 }, customer);
  return { ...fixture, dune, emma };
}

describe('UpdateCartItem', () => {
  it('sets the quantity of a line rather than adding to it', async () => {
    const { updateCartItem, dune, emma } = await withLines();
    await expect(updateCartItem.execute({ productId: dune.id, quantity: 4 }, customer)).resolves.toMatchObject({
      items: [
        { productId: dune.id, quantity: 4, lineTotal: 8 },
        { productId: emma.id, quantity: 1, lineTotal: 3 },
      ],
      totalQuantity: 5,
      subtotalPrice: 11,
      discount: null,
      totalPrice: 11,
    });
  });

  it('removes the line at quantity 0', async () => {
    const { updateCartItem, getCart, dune, emma } = await withLines();
    await updateCartItem.execute({ productId: dune.id, quantity: 0 }, customer);
    await expect(getCart.execute(customer)).resolves.toMatchObject({
      items: [{ productId: emma.id }],
      totalQuantity: 1,
      subtotalPrice: 3,
      discount: null,
      totalPrice: 3,
    });
  });

  it('refuses a quantity beyond the stock and leaves the cart as it was', async () => {
    const { updateCartItem, getCart, dune } = await withLines();
    const before = await getCart.execute(customer);
    await expect(updateCartItem.execute({ productId: dune.id, quantity: 6 }, customer)).rejects.toMatchObject({
      constructor: InsufficientStockError,
      code: 'INSUFFICIENT_STOCK',
    });
    await expect(getCart.execute(customer)).resolves.toEqual(before);
  });

  it('answers not found for a product not in the cart, and does not add it', async () => {
    const { updateCartItem, getCart, stocked } = await withLines();
    const before = await getCart.execute(customer);
    const other = await stocked({ name: 'Other' });
    await expect(updateCartItem.execute({ productId: other.id, quantity: 1 }, customer)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getCart.execute(customer)).resolves.toEqual(before);
  });

  it('answers not found for an unknown product', async () => {
    const { updateCartItem } = await withLines();
    await expect(updateCartItem.execute({ productId: 999, quantity: 1 }, customer)).rejects.toMatchObject({
      constructor: NotFoundError,
      code: 'NOT_FOUND',
    });
  });
});
