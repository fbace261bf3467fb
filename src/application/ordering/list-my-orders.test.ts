import { describe, expect, it } from 'vitest';
import { customer, orderingFixture, otherCustomer } from '../../../test/fixtures/ordering';

describe('ListMyOrders', () => {
  it("lists only the caller's own orders, newest first, a page at a time", async () => {
    const { stocked, ordered, clock, myOrders } = orderingFixture();
    const dune = await stocked({ quantity: 10 });
    const first = await ordered(customer, [dune.id]);
    clock.advanceSeconds(60);
    await ordered(otherCustomer, [dune.id]);
    clock.advanceSeconds(60);
    const second = await ordered(customer, [dune.id]);
    const third = await ordered(customer, [dune.id]);
    const ids = (page: { items: { orderId: number }[] }) => page.items.map((order) => order.orderId);

    const all = await myOrders(customer);
    expect(all).toMatchObject({ page: 1, pageSize: 20, total: 3 });
    // second and third share a timestamp: the tie goes to the higher id.
    expect(ids(all)).toEqual([third.orderId, second.orderId, first.orderId]);
    expect(all.items[2]).toEqual(first);
    const secondPage = await myOrders(customer, { page: 2, pageSize: 2 });
    expect(secondPage).toMatchObject({ page: 2, pageSize: 2, total: 3 });
    expect(ids(secondPage)).toEqual([first.orderId]);
  });

  it('gives an empty page to someone who never ordered', async () => {
    const { myOrders } = orderingFixture();
    await expect(myOrders(customer)).resolves.toEqual({ items: [], page: 1, pageSize: 20, total: 0 });
  });
});
