import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../domain/shared/errors';
import { admin, customer, orderingFixture, otherCustomer } from '../../../test/fixtures/ordering';

async function withOrder() {
  const fixture = orderingFixture();
  const dune = await fixture.stocked({ quantity: 5 });
  const emma = await fixture.stocked({ name: 'Emma', quantity: 4 });
  const order = await fixture.ordered(customer, [dune.id, emma.id], 2);
  return { ...fixture, dune, emma, order };
}

describe('CancelOrder', () => {
  it('lets the owner cancel a pending order and puts every line back in stock', async () => {
    const { cancelOrder, stockOf, clock, dune, emma, order } = await withOrder();
    expect([await stockOf(dune.id), await stockOf(emma.id)]).toEqual([3, 2]);
    clock.advanceSeconds(60);
    await expect(cancelOrder.execute({ id: order.orderId }, customer)).resolves.toEqual({
      ...order,
      status: 'cancelled',
      updatedAt: '2026-01-01T00:01:00.000Z',
    });
    expect([await stockOf(dune.id), await stockOf(emma.id)]).toEqual([5, 4]);
  });

  it('refuses a customer once the order is confirmed, and keeps the stock taken', async () => {
    const { cancelOrder, setOrderStatus, getOrder, stockOf, dune, order } = await withOrder();
    await setOrderStatus.execute({ id: order.orderId, status: 'confirmed' }, admin);
    await expect(cancelOrder.execute({ id: order.orderId }, customer)).rejects.toMatchObject({
      code: 'INVALID_STATUS_TRANSITION',
    });
    await expect(getOrder.execute({ id: order.orderId }, customer)).resolves.toMatchObject({ status: 'confirmed' });
    expect(await stockOf(dune.id)).toBe(3);
  });

  it("lets an admin cancel a customer's confirmed order, restocking it", async () => {
    const { cancelOrder, setOrderStatus, stockOf, dune, order } = await withOrder();
    await setOrderStatus.execute({ id: order.orderId, status: 'confirmed' }, admin);
    await expect(cancelOrder.execute({ id: order.orderId }, admin)).resolves.toMatchObject({ status: 'cancelled' });
    expect(await stockOf(dune.id)).toBe(5);
  });

  it('refuses a cancel that would put a product past 1,000,000 on hand', async () => {
    const { cancelOrder, updateProduct, getOrder, stockOf, emma, order } = await withOrder();
    await updateProduct.execute(emma.id, { quantity: 999_999 }, admin);
    await expect(cancelOrder.execute({ id: order.orderId }, customer)).rejects.toMatchObject({
      code: 'STOCK_LIMIT_REACHED',
    });
    expect(await stockOf(emma.id)).toBe(999_999);
    expect((await getOrder.execute({ id: order.orderId }, customer)).status).toBe('pending');
    await updateProduct.execute(emma.id, { quantity: 999_998 }, admin);
    await expect(cancelOrder.execute({ id: order.orderId }, customer)).resolves.toMatchObject({ status: 'cancelled' });
  });

  it('puts the stock back only once', async () => {
    const { cancelOrder, stockOf, dune, order } = await withOrder();
    await cancelOrder.execute({ id: order.orderId }, customer);
    await expect(cancelOrder.execute({ id: order.orderId }, customer)).rejects.toMatchObject({
      code: 'INVALID_STATUS_TRANSITION',
    });
    expect(await stockOf(dune.id)).toBe(5);
  });

  it("answers not found for another customer's order and leaves it alone", async () => {
    const { cancelOrder, getOrder, stockOf, dune, order } = await withOrder();
    await expect(cancelOrder.execute({ id: order.orderId }, otherCustomer)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOrder.execute({ id: order.orderId }, customer)).resolves.toEqual(order);
    expect(await stockOf(dune.id)).toBe(3);
  });
});
