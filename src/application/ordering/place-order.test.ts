import { describe, expect, it } from 'vitest';
import { CartEmptyError } from '../../domain/ordering/order';
import { admin, customer, orderingFixture, otherCustomer } from '../../../test/fixtures/ordering';

async function withCart() {
  const fixture = orderingFixture();
  const dune = await fixture.stocked({ name: 'Dune', price: 0.1, quantity: 5 });
  const emma = await fixture.stocked({ name: 'Emma', price: 0.2, quantity: 2 });
  await fixture.addToCart.execute({ productId: dune.id, quantity: 3 }, customer);
  await fixture.addToCart.execute({ productId: emma.id, quantity: 1 }, customer);
  return { ...fixture, dune, emma };
}

describe('PlaceOrder', () => {
  it('snapshots the cart at current prices into a pending order, takes the stock and empties the cart', async () => {
    const { placeOrder, getCart, stockOf, dune, emma } = await withCart();
    const { order, created } = await placeOrder.execute({}, customer);
    expect(created).toBe(true);
    expect(order).toEqual({
      orderId: expect.any(Number),
      userId: customer.userId,
      products: [
        { productId: dune.id, name: 'Dune', price: 0.1, quantity: 3, lineTotal: 0.3 },
        { productId: emma.id, name: 'Emma', price: 0.2, quantity: 1, lineTotal: 0.2 },
      ],
      subtotalPrice: 0.5,
      discountCode: null,
      discountAmount: 0,
      totalPrice: 0.5,
      shippingAddress: null,
      status: 'pending',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect([await stockOf(dune.id), await stockOf(emma.id)]).toEqual([2, 1]);
    await expect(getCart.execute(customer)).resolves.toEqual({ items: [], totalQuantity: 0, subtotalPrice: 0, discount: null, totalPrice: 0 });
  });

  it('refuses an empty cart and places nothing', async () => {
    const { placeOrder, allOrders } = orderingFixture();
    await expect(placeOrder.execute({}, customer)).rejects.toMatchObject({
      constructor: CartEmptyError,
      code: 'CART_EMPTY',
    });
    await expect(allOrders(admin)).resolves.toMatchObject({ total: 0 });
  });

  it('refuses a line beyond the stock and changes nothing: stock, cart, orders', async () => {
    const { placeOrder, updateProduct, getCart, stockOf, allOrders, dune, emma } = await withCart();
    await updateProduct.execute(emma.id, { quantity: 0 }, admin);
    const cartBefore = await getCart.execute(customer);
    await expect(placeOrder.execute({}, customer)).rejects.toMatchObject({ code: 'INSUFFICIENT_STOCK' });
    expect([await stockOf(dune.id), await stockOf(emma.id)]).toEqual([5, 0]);
    await expect(getCart.execute(customer)).resolves.toEqual(cartBefore);
    await expect(allOrders(admin)).resolves.toMatchObject({ total: 0 });
  });

  it('returns the first order for a repeated key and places nothing new, even when the cart changed', async () => {
    const { placeOrder, addToCart, getCart, stockOf, allOrders, dune } = await withCart();
    const first = await placeOrder.execute({ idempotencyKey: 'k-1' }, customer);
    await expect(placeOrder.execute({ idempotencyKey: 'k-1' }, customer)).resolves.toEqual({ ...first, created: false });
    await addToCart.execute({ productId: dune.id, quantity: 1 }, customer);
    const again = await placeOrder.execute({ idempotencyKey: 'k-1' }, customer);
    expect(again).toEqual({ order: first.order, created: false });
    expect(await stockOf(dune.id)).toBe(2);
    await expect(getCart.execute(customer)).resolves.toMatchObject({ items: [{ productId: dune.id, quantity: 1 }] });
    await expect(allOrders(admin)).resolves.toMatchObject({ total: 1 });
  });

  it('scopes keys per user: another user with the same key gets an order of their own', async () => {
    const { placeOrder, addToCart, dune } = await withCart();
    const mine = await placeOrder.execute({ idempotencyKey: 'k-1' }, customer);
    await addToCart.execute({ productId: dune.id, quantity: 1 }, otherCustomer);
    const theirs = await placeOrder.execute({ idempotencyKey: 'k-1' }, otherCustomer);
    expect(theirs.created).toBe(true);
    expect(theirs.order).toMatchObject({ userId: otherCustomer.userId, products: [{ productId: dune.id, quantity: 1 }] });
    expect(theirs.order.orderId).not.toBe(mine.order.orderId);
  });

  it('keeps the snapshot when the product later changes or is deleted', async () => {
    const { placeOrder, updateProduct, deleteProduct, getOrder, dune, emma } = await withCart();
    const { order } = await placeOrder.execute({}, customer);
    await updateProduct.execute(dune.id, { price: 99, name: 'Dune II' }, admin);
    await deleteProduct.execute(emma.id, admin);
    await expect(getOrder.execute({ id: order.orderId }, customer)).resolves.toEqual(order);
  });

  it('sells the last item once to two concurrent buyers and never goes below zero', async () => {
    const { placeOrder, addToCart, stocked, stockOf, allOrders } = orderingFixture();
    const last = await stocked({ quantity: 1 });
    await addToCart.execute({ productId: last.id, quantity: 1 }, customer);
    await addToCart.execute({ productId: last.id, quantity: 1 }, otherCustomer);
    const results = await Promise.allSettled([placeOrder.execute({}, customer), placeOrder.execute({}, otherCustomer)]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({
      reason: { code: 'INSUFFICIENT_STOCK' },
    });
    expect(await stockOf(last.id)).toBe(0);
    await expect(allOrders(admin)).resolves.toMatchObject({ total: 1 });
  });
});
