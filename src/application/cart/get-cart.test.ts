import { describe, expect, it } from 'vitest';
import { admin, cartFixture, customer, otherCustomer } from '../../../test/fixtures/cart';

describe('GetCart', () => {
  it('shows an empty cart with zero totals', async () => {
    const { getCart } = cartFixture();
    await expect(getCart.execute(customer)).resolves.toEqual({ items: [], totalQuantity: 0, subtotalPrice: 0, discount: null, totalPrice: 0 });
  });

  it('totals exactly: three lines at 0.10 and one at 0.20 make 0.5', async () => {
    const { stocked, addToCart, getCart } = cartFixture();
    for (const price of [0.1, 0.1, 0.1, 0.2]) {
      const product = await stocked({ price });
      await addToCart.execute({ productId: product.id, quantity: 1 }, customer);
    }
    const cart = await getCart.execute(customer);
    expect(cart.items.map((item) => item.lineTotal)).toEqual([0.1, 0.1, 0.1, 0.2]);
    expect(cart).toMatchObject({ totalQuantity: 4, totalPrice: 0.5 });
  });

  it('shows each product as it is now', async () => {
    const { stocked, addToCart, updateProduct, getCart } = cartFixture();
    const dune = await stocked({ price: 9.99, quantity: 5 });
    await addToCart.execute({ productId: dune.id, quantity: 2 }, customer);
    await updateProduct.execute(dune.id, { price: 12.5, quantity: 4, name: 'Dune II' }, admin);
    await expect(getCart.execute(customer)).resolves.toEqual({
      items: [
        {
          productId: dune.id,
          quantity: 2,
          lineTotal: 25,
          addedPrice: 9.99,
          priceChanged: true,
          product: { id: dune.id, name: 'Dune II', price: 12.5, imageUrl: null, quantity: 4 },
        },
      ],
      totalQuantity: 2,
      subtotalPrice: 25,
      discount: null,
      totalPrice: 25,
    });
  });

  it('drops a deleted product from the cart', async () => {
    const { stocked, addToCart, deleteProduct, getCart } = cartFixture();
    const dune = await stocked({ price: 5 });
    const emma = await stocked({ name: 'Emma', price: 3 });
    await addToCart.execute({ productId: dune.id, quantity: 1 }, customer);
    await addToCart.execute({ productId: emma.id, quantity: 2 }, customer);
    await deleteProduct.execute(dune.id, admin);
    await expect(getCart.execute(customer)).resolves.toMatchObject({
      items: [{ productId: emma.id, quantity: 2 }],
      totalQuantity: 2,
      subtotalPrice: 6,
      discount: null,
      totalPrice: 6,
    });
  });

  it("shows only the caller's own cart", async () => {
    const { stocked, addToCart, getCart } = cartFixture();
    const dune = await stocked();
    await addToCart.execute({ productId: dune.id, quantity: 1 }, customer);
    await expect(getCart.execute(otherCustomer)).resolves.toMatchObject({ items: [], totalQuantity: 0 });
  });
});
