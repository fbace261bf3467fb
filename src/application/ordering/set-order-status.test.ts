import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError } from '../../domain/shared/errors';
import { admin, customer, orderingFixture } from '../../../test/fixtures/ordering';

async function withOrder() {
  const fixture = orderingFixture();
  const dune = await fixture.stocked({ quantity: 5 });
  const order = await fixture.ordered(customer, [dune.id], 2);
  return { ...fixture, dune, order };
}

describe('SetOrderStatus', () => {
  it('lets an admin move an order pending -> confirmed -> shipped -> delivered', async () => {
    const { setOrderStatus, getOrder, clock, stockOf, dune, order } = await withOrder();
    for (const status of ['confirmed', 'shipped', 'delivered'] as const) {
      clock.advanceSeconds(60);
      await expect(setOrderStatus.execute({ id: order.orderId, status }, admin)).resolves.toEqual({
        ...order,
        status,
        updatedAt: clock.now().toISOString(),
      });
    }
    await expect(getOrder.execute({ id: order.orderId }, customer)).resolves.toMatchObject({ status: 'delivered' });
    expect(await stockOf(dune.id)).toBe(3);
  });

  it('puts the stock back when an admin cancels a confirmed order', async () => {
    const { setOrderStatus, stockOf, dune, order } = await withOrder();
    await setOrderStatus.execute({ id: order.orderId, status: 'confirmed' }, admin);
    await expect(setOrderStatus.execute({ id: order.orderId, status: 'cancelled' }, admin)).resolves.toMatchObject({
      status: 'cancelled',
    });
    expect(await stockOf(dune.id)).toBe(5);
  });

  it.each([
    [[], 'shipped'],
    [[], 'delivered'],
    [[], 'pending'],
    [['confirmed'], 'pending'],
    [['confirmed', 'shipped'], 'cancelled'],
    [['confirmed', 'shipped', 'delivered'], 'cancelled'],
    [['cancelled'], 'confirmed'],
    [['cancelled'], 'cancelled'],
  ] as const)('after %j refuses a move to %s and changes nothing', async (path, to) => {
    const { setOrderStatus, getOrder, stockOf, dune, order } = await withOrder();
    for (const status of path) await setOrderStatus.execute({ id: order.orderId, status }, admin);
    const before = await getOrder.execute({ id: order.orderId }, admin);
    const stockBefore = await stockOf(dune.id);
    await expect(setOrderStatus.execute({ id: order.orderId, status: to }, admin)).rejects.toMatchObject({
      constructor: ConflictError,
      code: 'INVALID_STATUS_TRANSITION',
    });
    await expect(getOrder.execute({ id: order.orderId }, admin)).resolves.toEqual(before);
    expect(await stockOf(dune.id)).toBe(stockBefore);
  });

  it('is for admins only, even on their own order', async () => {
    const { setOrderStatus, getOrder, order } = await withOrder();
    await expect(setOrderStatus.execute({ id: order.orderId, status: 'confirmed' }, customer)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(getOrder.execute({ id: order.orderId }, customer)).resolves.toEqual(order);
  });

  it('answers not found for an unknown order', async () => {
    const { setOrderStatus } = await withOrder();
    await expect(setOrderStatus.execute({ id: 999, status: 'confirmed' }, admin)).rejects.toBeInstanceOf(NotFoundError);
  });
});
