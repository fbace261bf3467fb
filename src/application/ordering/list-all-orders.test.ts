import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../domain/shared/errors';
import { admin, customer, orderingFixture, otherCustomer } from '../../../test/fixtures/ordering';

async function withOrders() {
  const fixture = orderingFixture();
  const dune = await fixture.stocked({ quantity: 10 });
  const mine = await fixture.ordered(customer, [dune.id]);
  fixture.clock.advanceSeconds(60);
  const theirs = await fixture.ordered(otherCustomer, [dune.id]);
  fixture.clock.advanceSeconds(60);
  const cancelled = await fixture.ordered(customer, [dune.id]);
  await fixture.cancelOrder.execute({ id: cancelled.orderId }, customer);
  return { ...fixture, mine, theirs, cancelled };
}

const ids = (page: { items: { orderId: number }[] }) => page.items.map((order) => order.orderId);

describe('ListAllOrders', () => {
  it('lists every order for an admin, newest first', async () => {
    const { allOrders, mine, theirs, cancelled } = await withOrders();
    const page = await allOrders(admin);
    expect(page).toMatchObject({ page: 1, pageSize: 20, total: 3 });
    expect(ids(page)).toEqual([cancelled.orderId, theirs.orderId, mine.orderId]);
  });

  it('filters by status and by user', async () => {
    const { allOrders, mine, theirs, cancelled } = await withOrders();
    const pending = await allOrders(admin, { status: 'pending' });
    expect(ids(pending)).toEqual([theirs.orderId, mine.orderId]);
    expect(pending.total).toBe(2);
    expect(ids(await allOrders(admin, { userId: customer.userId }))).toEqual([cancelled.orderId, mine.orderId]);
    const both = await allOrders(admin, { userId: customer.userId, status: 'cancelled' });
    expect(both).toMatchObject({ total: 1, items: [{ orderId: cancelled.orderId, status: 'cancelled' }] });
    await expect(allOrders(admin, { userId: 999 })).resolves.toMatchObject({ items: [], total: 0 });
  });

  it('pages through the orders', async () => {
    const { allOrders, theirs } = await withOrders();
    const page = await allOrders(admin, { page: 2, pageSize: 1 });
    expect(page).toMatchObject({ page: 2, pageSize: 1, total: 3 });
    expect(ids(page)).toEqual([theirs.orderId]);
  });

  it('is for admins only', async () => {
    const { allOrders } = await withOrders();
    await expect(allOrders(customer)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
