import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../domain/shared/errors';
import { cartFixture, customer, otherCustomer } from '../../../test/fixtures/cart';

async function withLines() {
  const fixture = cartFixture();
  const dune = await fixture.stocked({ price: 2 });
  const emma = await fixture.stocked({ name: 'Emma', price: 3 });
  await fixture.addToCart.execute({ productId: dune.id, quantity: 2 }, customer);
  await fixture.addToCart.execute({ productId: emma.id, quantity: 1 }, customer);
  return { ...fixture, dune, emma };
}

describe('RemoveFromCart', () => {
  it('removes the line and keeps the others', async () => {
    const { removeFromCart, getCart, dune, emma } = await withLines();
    const expected = { items: [{ productId: emma.id, quantity: 1 }], totalQuantity: 1, totalPrice: 3 };
    await expect(removeFromCart.execute({ productId: dune.id }, customer)).resolves.toMatchObject(expected);
    await expect(getCart.execute(customer)).resolves.toMatchObject(expected);
  });

  it('answers not found for a product not in the cart', async () => {
    const { removeFromCart, getCart, dune } = await withLines();
    await removeFromCart.execute({ productId: dune.id }, customer);
    const before = await getCart.execute(customer);
    await expect(removeFromCart.execute({ productId: dune.id }, customer)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCart.execute(customer)).resolves.toEqual(before);
  });

  it("answers not found for a product only in someone else's cart", async () => {
    const { removeFromCart, getCart, dune } = await withLines();
    await expect(removeFromCart.execute({ productId: dune.id }, otherCustomer)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCart.execute(customer)).resolves.toMatchObject({ totalQuantity: 3 });
  });

  it('answers not found for an unknown product', async () => {
    const { removeFromCart } = await withLines();
    await expect(removeFromCart.execute({ productId: 999 }, customer)).rejects.toBeInstanceOf(NotFoundError);
  });
});
