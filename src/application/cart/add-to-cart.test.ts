import { describe, expect, it } from 'vitest';
import { InsufficientStockError } from '../../domain/cart/cart';
import { NotFoundError } from '../../domain/shared/errors';
import { admin, cartFixture, customer } from '../../../test/fixtures/cart';

async function withProduct(quantity = 5) {
  const fixture = cartFixture();
  const dune = await fixture.stocked({ price: 9.99, quantity, imageUrl: 'https://a.io/d' });
  return { ...fixture, dune };
}

describe('AddToCart', () => {
  it('adds a line with the product as it is now', async () => {
    const { addToCart, dune } = await withProduct();
    await expect(addToCart.execute({ productId: dune.id, quantity: 2 }, customer)).resolves.toEqual({
      items: [
        {
          productId: dune.id,
          quantity: 2,
          lineTotal: 19.98,
          addedPrice: 9.99,
          priceChanged: false,
          product: { id: dune.id, name: 'Dune', price: 9.99, imageUrl: 'https://a.io/d', quantity: 5 },
        },
      ],
      totalQuantity: 2,
      subtotalPrice: 19.98,
      discount: null,
      totalPrice: 19.98,
    });
  });

  it('adds to the quantity of a product already in the cart, in one line', async () => {
    const { addToCart, getCart, dune } = await withProduct();
    await addToCart.execute({ productId: dune.id, quantity: 2 }, customer);
    await addToCart.execute({ productId: dune.id, quantity: 3 }, customer);
    await expect(getCart.execute(customer)).resolves.toMatchObject({
      items: [{ productId: dune.id, quantity: 5 }],
      totalQuantity: 5,
    });
  });

  it('refuses a quantity beyond the stock and leaves the cart as it was', async () => {
    const { addToCart, getCart, dune } = await withProduct(5);
    await addToCart.execute({ productId: dune.id, quantity: 3 }, customer);
    const before = await getCart.execute(customer);
    await expect(addToCart.execute({ productId: dune.id, quantity: 3 }, customer)).rejects.toMatchObject({
      constructor: InsufficientStockError,
      code: 'INSUFFICIENT_STOCK',
    });
    await expect(getCart.execute(customer)).resolves.toEqual(before);
  });

  it('refuses more than the stock of a product not yet in the cart', async () => {
    const { addToCart, getCart, dune } = await withProduct(1);
    await expect(addToCart.execute({ productId: dune.id, quantity: 2 }, customer)).rejects.toMatchObject({
      code: 'INSUFFICIENT_STOCK',
    });
    await expect(getCart.execute(customer)).resolves.toMatchObject({ items: [] });
  });

  it('answers not found for unknown and deleted products', async () => {
    const { addToCart, deleteProduct, getCart, dune } = await withProduct();
    await expect(addToCart.execute({ productId: 999, quantity: 1 }, customer)).rejects.toBeInstanceOf(NotFoundError);
    await deleteProduct.execute(dune.id, admin);
    await expect(addToCart.execute({ productId: dune.id, quantity: 1 }, customer)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getCart.execute(customer)).resolves.toMatchObject({ items: [] });
  });
});
