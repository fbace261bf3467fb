import { expect, it } from 'vitest';
import type { Discount, NewDiscount } from '../../src/domain/discounts/discount';
import { Money } from '../../src/domain/shared/money';
import { type Adapters, describeEachAdapter } from './adapters';
import { discountTerms } from '../fixtures/discount-terms';
import { atTime, expectConflict, unique } from './builders';

const discountFields = (overrides: Partial<NewDiscount> = {}) => discountTerms({ code: unique('code'), ...overrides });

const createDiscount = (a: Adapters, overrides: Partial<NewDiscount> = {}) =>
  a.uow.run(() => a.discounts.create(discountFields(overrides)));

describeEachAdapter('DiscountRepository contract', (adapters) => {
  it('finds a created discount by id and by code, as create returned it, with its code upper-case', async () => {
    const a = adapters();
    const fields = discountFields({
      rule: { kind: 'fixed', amount: Money.ofMinor(1999) },
      minSubtotal: Money.ofMinor(5001),
      startsAt: new Date('2030-01-01T00:00:00.123Z'),
      endsAt: new Date('2030-02-01T00:00:00.456Z'),
      usageLimit: 1_000_000_000,
      perCustomerLimit: 1,
      active: false,
    });
    const created = await a.uow.run(() => a.discounts.create(fields));

    expect(created).toEqual({
      ...fields,
      code: fields.code.toUpperCase(),
      id: expect.any(Number),
      timesUsed: 0,
      createdAt: expect.any(Date),
      updatedAt: expect.any(Date),
    });
    expect(await a.discounts.findById(created.id)).toEqual(created);
    expect(await a.discounts.findByCode(fields.code)).toEqual(created);
    expect(await a.discounts.findByCode(created.code)).toEqual(created);
  });

  it('answers null for an unknown id, an unknown code, and text that is no code', async () => {
    const a = adapters();
    const known = await createDiscount(a, { code: unique('cafe') });
    expect(await a.discounts.findById(987_654)).toBeNull();
    expect(await a.uow.run(() => a.discounts.lock(987_654))).toBeNull();
    for (const code of [unique('none'), known.code.replace('CAFE', 'CAFÉ'), `${known.code} `, '']) {
      expect(await a.discounts.findByCode(code)).toBeNull();
    }
  });

  it('refuses a second discount with the same code in another case: DISCOUNT_CODE_TAKEN', async () => {
    const a = adapters();
    const existing = await createDiscount(a);

    await expectConflict(createDiscount(a, { code: existing.code.toLowerCase() }), 'DISCOUNT_CODE_TAKEN');
    expect(await a.discounts.findByCode(existing.code)).toEqual(existing);
  });

  it('updates the fields and stamps updatedAt, keeping id, createdAt and the uses', async () => {
    const a = adapters();
    const discount = await atTime('2030-01-01T00:00:00.000Z', () => createDiscount(a, { usageLimit: 5 }));
    await a.uow.run(() => a.discounts.claimUse(discount.id));
    const fields = discountFields({ rule: { kind: 'fixed', amount: Money.ofMinor(250) }, endsAt: new Date('2031-01-01T00:00:00.000Z') });

    const updated = await atTime('2030-01-02T00:00:00.000Z', () => a.uow.run(() => a.discounts.update(discount.id, fields)));

    const expected = {
      ...discount,
      ...fields,
      code: fields.code.toUpperCase(),
      timesUsed: 1,
      updatedAt: new Date('2030-01-02T00:00:00.000Z'),
    };
    expect(updated).toEqual(expected);
    expect(await a.discounts.findById(discount.id)).toEqual(expected);
  });

  it("refuses to take another discount's code in another case, and keeps both; its own code in another case is fine", async () => {
    const a = adapters();
    const [taken, renamed] = [await createDiscount(a), await createDiscount(a)];
    const attempt = a.uow.run(() => a.discounts.update(renamed.id, discountFields({ code: taken.code.toLowerCase() })));

    await expectConflict(attempt, 'DISCOUNT_CODE_TAKEN');
    expect(await a.discounts.findById(renamed.id)).toEqual(renamed);
    expect(await a.discounts.findById(taken.id)).toEqual(taken);
    const recased = await a.uow.run(() => a.discounts.update(taken.id, discountFields({ code: taken.code.toLowerCase() })));
    expect(recased?.code).toBe(taken.code);
  });

  it('writes only the terms: a whole discount given back keeps its id and its count of uses', async () => {
    const a = adapters();
    const discount = await createDiscount(a);
    await a.uow.run(() => a.discounts.claimUse(discount.id));

    const whole: Discount = { ...discount, id: 987_654, timesUsed: 0, active: false };
    const updated = await a.uow.run(() => a.discounts.update(discount.id, whole));

    expect(updated).toMatchObject({ id: discount.id, timesUsed: 1, active: false });
  });

  it('answers null when updating an unknown discount', async () => {
    const a = adapters();
    expect(await a.uow.run(() => a.discounts.update(987_654, discountFields()))).toBeNull();
  });

  it('deletes a discount once, freeing its code', async () => {
    const a = adapters();
    const discount = await createDiscount(a);

    expect(await a.uow.run(() => a.discounts.delete(discount.id))).toBe(true);
    expect(await a.uow.run(() => a.discounts.delete(discount.id))).toBe(false);
    expect(await a.discounts.findById(discount.id)).toBeNull();
    expect((await createDiscount(a, { code: discount.code })).code).toBe(discount.code);
  });

  it('locks and returns the discount inside a unit of work', async () => {
    const a = adapters();
    const discount = await createDiscount(a);
    expect(await a.uow.run(() => a.discounts.lock(discount.id))).toEqual(discount);
  });

  it('lists newest first, ties by id descending, filters by active, and pages through the same order', async () => {
    const a = adapters();
    const older = await atTime('2040-01-01T00:00:00.000Z', () => createDiscount(a));
    const [tied, tiedLater] = await atTime('2040-01-02T00:00:00.000Z', async () => [
      await createDiscount(a, { active: false }),
      await createDiscount(a),
    ]);

    const all = await a.discounts.list({ page: 1, pageSize: 100 });
    expect(all.items.slice(0, 3).map((d) => d.id)).toEqual([tiedLater.id, tied.id, older.id]);
    expect(all.total).toBe(all.items.length);
    expect(await a.discounts.list({ page: 2, pageSize: 1 })).toEqual({ items: [all.items[1]], total: all.total });

    const active = await a.discounts.list({ page: 1, pageSize: 100, active: true });
    const inactive = await a.discounts.list({ page: 1, pageSize: 100, active: false });
    expect(active.items.slice(0, 2).map((d) => d.id)).toEqual([tiedLater.id, older.id]);
    expect(active.items.every((d) => d.active) && inactive.items.every((d) => !d.active)).toBe(true);
    expect(inactive.items.map((d) => d.id)).toContain(tied.id);
    expect(active.total + inactive.total).toBe(all.total);
  });

  it('counts uses up to the usage limit and refuses the next, leaving updatedAt as it was', async () => {
    const a = adapters();
    const limited = await createDiscount(a, { usageLimit: 2 });
    const claim = (id: number) => a.uow.run(() => a.discounts.claimUse(id));

    expect([await claim(limited.id), await claim(limited.id), await claim(limited.id)]).toEqual([true, true, false]);
    expect(await a.discounts.findById(limited.id)).toEqual({ ...limited, timesUsed: 2 });
    expect(await claim(987_654)).toBe(false);

    const unlimited = await createDiscount(a);
    for (let use = 0; use < 3; use += 1) expect(await claim(unlimited.id)).toBe(true);
    expect((await a.discounts.findById(unlimited.id))?.timesUsed).toBe(3);
  });

  it('gives a use back, never below 0, so a released use can be claimed again', async () => {
    const a = adapters();
    const discount = await createDiscount(a, { usageLimit: 1 });
    const release = () => a.uow.run(() => a.discounts.releaseUse(discount.id));

    expect(await a.uow.run(() => a.discounts.claimUse(discount.id))).toBe(true);
    await release();
    await release();
    expect(await a.discounts.findById(discount.id)).toEqual({ ...discount, timesUsed: 0 });
    expect(await a.uow.run(() => a.discounts.claimUse(discount.id))).toBe(true);
  });

  it('grants exactly the usage limit to 20 concurrent claims', async () => {
    const a = adapters();
    const discount = await createDiscount(a, { usageLimit: 5 });

    const claims = await Promise.all(Array.from({ length: 20 }, () => a.uow.run(() => a.discounts.claimUse(discount.id))));

    expect(claims.filter(Boolean)).toHaveLength(5);
    expect((await a.discounts.findById(discount.id))?.timesUsed).toBe(5);
  });
});
