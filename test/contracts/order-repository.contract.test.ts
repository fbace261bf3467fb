import { expect, it } from 'vitest';
import type { NewOrder, Order } from '../../src/domain/ordering/order';
import { Money } from '../../src/domain/shared/money';
import { discountTerms } from '../fixtures/discount-terms';
import { type Adapters, describeEachAdapter } from './adapters';
import { atTime, createCategory, createProduct, createUser, expectConflict, unique } from './builders';

const T1 = '2030-01-01T00:00:00.000Z';
const T2 = '2030-01-02T00:00:00.000Z';
const T3 = '2030-01-03T00:00:00.000Z';

/** A customer and an order for two products at prices whose totals need more than 32 bits. */
async function orderFor(a: Adapters, idempotencyKey: string | null = null, userId?: number): Promise<NewOrder> {
  const category = await createCategory(a);
  const [lamp, pin] = [await createProduct(a, category.id), await createProduct(a, category.id)];
  return {
    userId: userId ?? (await createUser(a)).id,
    status: 'pending',
    items: [
      {
        productId: lamp.id,
        name: 'lamp',
        unitPrice: Money.ofMinor(99_999_999),
        quantity: 1_000_000,
        lineTotal: Money.ofMinor(99_999_999_000_000),
      },
      { productId: pin.id, name: 'pin', unitPrice: Money.ofMinor(1), quantity: 3, lineTotal: Money.ofMinor(3) },
    ],
    subtotal: Money.ofMinor(99_999_999_000_003),
    discount: null,
    total: Money.ofMinor(99_999_999_000_003),
    shippingAddress: null,
    idempotencyKey,
  };
}

const SHIPPING = {
  name: 'Ada Lovelace',
  line1: 'Marchstraße 1',
  line2: null,
  city: 'Berlin',
  region: null,
  postalCode: '10587',
  country: 'DE',
  phone: '+49 30 1234',
};

const discountIn = (a: Adapters) =>
  a.uow.run(() => a.discounts.create(discountTerms({ code: unique('CODE').toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 32) })));

describeEachAdapter('OrderRepository contract', (adapters) => {
  const place = (order: NewOrder) => adapters().uow.run(() => adapters().orders.create(order));
  const ids = (orders: Order[]) => orders.map((order) => order.id);

  it('keeps the discount and the shipping address an order was placed with', async () => {
    const a = adapters();
    const discount = await discountIn(a);
    const input = {
      ...(await orderFor(a)),
      subtotal: Money.ofMinor(1000),
      discount: { id: discount.id, code: discount.code, amount: Money.ofMinor(100) },
      total: Money.ofMinor(900),
      shippingAddress: SHIPPING,
    };
    const created = await place(input);
    expect(created).toMatchObject(input);
    expect(await a.orders.findById(created.id)).toEqual(created);
  });

  it("counts a user's orders with a discount, leaving out cancelled ones and other users' and codes'", async () => {
    const a = adapters();
    const [discount, other] = [await discountIn(a), await discountIn(a)];
    const userId = (await createUser(a)).id;
    const withCode = async (discountId: number, user = userId) => ({
      ...(await orderFor(a, null, user)),
      discount: { id: discountId, code: 'X', amount: Money.zero },
    });
    await place(await withCode(discount.id));
    const cancelled = await place(await withCode(discount.id));
    await place(await withCode(other.id));
    await place(await withCode(discount.id, (await createUser(a)).id));
    await place(await orderFor(a, null, userId));
    await a.uow.run(() => a.orders.updateStatus(cancelled.id, 'cancelled'));

    expect(await a.orders.countDiscountUses(userId, discount.id)).toBe(1);
    expect(await a.orders.countDiscountUses(userId, other.id)).toBe(1);
  });

  it('reads a created order back exactly, by id, by lock and by idempotency key', async () => {
    const a = adapters();
    const key = unique('key');
    const input = await orderFor(a, key);
    const created = await place(input);

    expect(created).toEqual({ ...input, id: expect.any(Number), createdAt: expect.any(Date), updatedAt: expect.any(Date) });
    expect(await a.orders.findById(created.id)).toEqual(created);
    expect(await a.uow.run(() => a.orders.lock(created.id))).toEqual(created);
    expect(await a.orders.findByIdempotencyKey(input.userId, key)).toEqual(created);
    expect((await a.orders.findById(created.id))?.total.minorUnits).toBe(99_999_999_000_003);
  });

  it('answers null for an unknown id, an unknown key, or the key of another user', async () => {
    const a = adapters();
    const key = unique('key');
    const order = await place(await orderFor(a, key));
    const stranger = await createUser(a);

    expect(await a.orders.findById(987_654)).toBeNull();
    expect(await a.uow.run(() => a.orders.lock(987_654))).toBeNull();
    expect(await a.orders.findByIdempotencyKey(order.userId, unique('key'))).toBeNull();
    expect(await a.orders.findByIdempotencyKey(stranger.id, key)).toBeNull();
  });

  it('refuses a second order with the same key from the same user: IDEMPOTENCY_KEY_REUSED', async () => {
    const a = adapters();
    const input = await orderFor(a, unique('key'));
    const first = await place(input);

    await expectConflict(place({ ...input, total: Money.ofMinor(1), items: input.items.slice(1) }), 'IDEMPOTENCY_KEY_REUSED');
    expect(await a.orders.list({ userId: input.userId, page: 1, pageSize: 10 })).toEqual({ items: [first], total: 1 });
  });

  it('accepts the key of another user, and any number of orders without a key', async () => {
    const a = adapters();
    const input = await orderFor(a, unique('key'));
    await place(input);
    const stranger = await createUser(a);

    await expect(place({ ...input, userId: stranger.id })).resolves.toMatchObject({ userId: stranger.id });
    await place({ ...input, idempotencyKey: null });
    await place({ ...input, idempotencyKey: null });
    expect((await a.orders.list({ userId: input.userId, page: 1, pageSize: 10 })).total).toBe(3);
  });

  it('tells apart keys that differ only in case', async () => {
    const a = adapters();
    const key = unique('key');
    const input = await orderFor(a, key);
    const lower = await place(input);

    const upper = await place({ ...input, idempotencyKey: key.toUpperCase() });

    expect(await a.orders.findByIdempotencyKey(input.userId, key)).toEqual(lower);
    expect(await a.orders.findByIdempotencyKey(input.userId, key.toUpperCase())).toEqual(upper);
  });

  it('changes the status, stamping updatedAt and keeping the rest', async () => {
    const a = adapters();
    const created = await atTime(T1, async () => place(await orderFor(a)));

    const updated = await atTime(T2, () => a.uow.run(() => a.orders.updateStatus(created.id, 'confirmed')));

    expect(updated).toEqual({ ...created, status: 'confirmed', updatedAt: new Date(T2) });
    expect(await a.orders.findById(created.id)).toEqual(updated);
  });

  it('lists newest first, ties by id descending, filtered by user and status, page by page', async () => {
    const a = adapters();
    const input = await orderFor(a);
    const other = await orderFor(a);
    const newer = await atTime(T2, () => place(input));
    const older = await atTime(T1, () => place(input));
    const sameTime = await atTime(T1, () => place(input));
    const newest = await atTime(T3, () => place(other));
    const cancelled = await a.uow.run(() => a.orders.updateStatus(older.id, 'cancelled'));
    const query = { userId: input.userId, page: 1, pageSize: 10 };

    expect(await a.orders.list(query)).toEqual({ items: [newer, sameTime, cancelled], total: 3 });
    expect(await a.orders.list({ ...query, page: 2, pageSize: 2 })).toEqual({ items: [cancelled], total: 3 });
    expect(await a.orders.list({ ...query, status: 'cancelled' })).toEqual({ items: [cancelled], total: 1 });
    expect(await a.orders.list({ ...query, status: 'delivered' })).toEqual({ items: [], total: 0 });

    const mine = new Set([newer.id, older.id, sameTime.id, newest.id]);
    const all = await a.orders.list({ page: 1, pageSize: 100 });
    expect(ids(all.items).filter((id) => mine.has(id))).toEqual([newest.id, newer.id, sameTime.id, older.id]);
    expect(all.total).toBe(all.items.length);
    const byStatus = await a.orders.list({ status: 'cancelled', page: 1, pageSize: 100 });
    expect(byStatus.items.every((order) => order.status === 'cancelled')).toBe(true);
    expect(ids(byStatus.items)).toContain(older.id);
  });
});
