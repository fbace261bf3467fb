import { describe, expect, it } from 'vitest';
import { admin, customer, orderingFixture } from '../../../test/fixtures/ordering';

describe('order and product events', () => {
  it("record each step of an order's life with the order as it then is", async () => {
    const { ordered, setOrderStatus, cancelOrder, stocked, events } = orderingFixture();
    const lamp = await stocked({ quantity: 5 });
    const first = await ordered(customer, [lamp.id]);
    for (const status of ['confirmed', 'shipped', 'delivered'] as const) await setOrderStatus.execute({ id: first.orderId, status }, admin);
    const second = await ordered(customer, [lamp.id]);
    const cancelled = await cancelOrder.execute({ id: second.orderId }, customer);

    const orderEvents = events.events.filter((event) => event.type.startsWith('order.'));
    expect(orderEvents.map((event) => event.type)).toEqual([
      'order.placed',
      'order.confirmed',
      'order.shipped',
      'order.delivered',
      'order.placed',
      'order.cancelled',
    ]);
    expect(orderEvents[0]!.data).toEqual({ order: first });
    expect(orderEvents[5]!.data).toEqual({ order: cancelled });
    expect(new Set(events.events.map((event) => event.id)).size).toBe(events.events.length);
  });

  it('record product changes, but not the stock orders take', async () => {
    const { stocked, updateProduct, deleteProduct, ordered, events } = orderingFixture();
    const lamp = await stocked({ quantity: 5 });
    await ordered(customer, [lamp.id]);
    const updated = await updateProduct.execute(lamp.id, { price: 12 }, admin);
    await deleteProduct.execute(lamp.id, admin);

    expect(events.events.filter((event) => event.type.startsWith('product.')).map(({ type, data }) => [type, data])).toEqual([
      ['product.created', { product: lamp }],
      ['product.updated', { product: updated }],
      ['product.deleted', { product: { id: lamp.id } }],
    ]);
  });

  it('record nothing for a checkout that fails', async () => {
    const { placeOrder, addToCart, stocked, updateProduct, events } = orderingFixture();
    const lamp = await stocked({ quantity: 1 });
    await addToCart.execute({ productId: lamp.id, quantity: 1 }, customer);
    await updateProduct.execute(lamp.id, { quantity: 0 }, admin);
    await expect(placeOrder.execute({}, customer)).rejects.toMatchObject({ code: 'INSUFFICIENT_STOCK' });
    expect(events.events.filter((event) => event.type === 'order.placed')).toEqual([]);
  });
});
