import type { Response } from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import type { DiscountView } from '../../src/application/discounts/discount-view';
import { type SignedIn, signUpAndLogIn } from '../support/accounts';
import { createDiscount, uniqueCode } from '../support/discounts';
import { appWithAdmin, describeEachDatabase } from '../support/test-app';

function expectProblem(response: Response, status: number, code: string, path?: string): void {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, code });
  if (path) expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  expect(response.status).toBe(status);
}

const isoTimestamp = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

describeEachDatabase('discounts over REST', (kind) => {
  const suite = appWithAdmin(kind);
  let customer: SignedIn;
  beforeAll(async () => {
    customer = await signUpAndLogIn(suite.app);
  });

  const http = () => suite.app.http;
  const admin = () => suite.admin.auth;
  const create = (fields: Record<string, unknown> = {}) => createDiscount(suite.app, suite.admin, fields);
  const fetchDiscount = async (id: number): Promise<DiscountView> =>
    (await http().get(`/discounts/${id}`).set(admin()).expect(200)).body;
  const listCodes = async (query: Record<string, unknown> = {}): Promise<string[]> =>
    (await http().get('/discounts').query({ pageSize: 100, ...query }).set(admin()).expect(200)).body.items.map((d: DiscountView) => d.code);

  it('creates a discount with exactly the contract shape, its code upper-case, also on GET', async () => {
    const code = uniqueCode('spring').toLowerCase();
    const body = {
      code,
      kind: 'fixed',
      value: 12.5,
      minSubtotal: 50,
      startsAt: '2026-03-01T00:00:00+01:00',
      endsAt: '2026-04-01T00:00:00.250Z',
      usageLimit: 100,
      perCustomerLimit: 2,
      active: false,
    };
    const created = await http().post('/discounts').set(admin()).send(body).expect(201);
    expect(created.body).toEqual({
      ...body,
      id: expect.any(Number),
      code: code.toUpperCase(),
      startsAt: '2026-02-28T23:00:00.000Z',
      endsAt: '2026-04-01T00:00:00.250Z',
      timesUsed: 0,
      createdAt: isoTimestamp,
      updatedAt: isoTimestamp,
    });
    expect(await fetchDiscount(created.body.id)).toEqual(created.body);
  });

  it('fills the defaults of a percent discount', async () => {
    const created = await create({ value: 15 });
    expect(created).toMatchObject({ kind: 'percent', value: 15, minSubtotal: 0, startsAt: null, endsAt: null });
    expect(created).toMatchObject({ usageLimit: null, perCustomerLimit: null, active: true, timesUsed: 0 });
  });

  it('updates only the fields given, clears those given as null, and keeps the rest', async () => {
    const discount = await create({ usageLimit: 5, endsAt: '2030-01-01T00:00:00Z' });
    const updated = await http().put(`/discounts/${discount.id}`).set(admin()).send({ kind: 'fixed', usageLimit: null }).expect(200);
    expect(updated.body).toEqual({ ...discount, kind: 'fixed', value: 10, usageLimit: null, updatedAt: isoTimestamp });
    expect(await fetchDiscount(discount.id)).toEqual(updated.body);
  });

  it('deletes a discount, and answers 404 NOT_FOUND for it afterwards', async () => {
    const discount = await create();
    await http().delete(`/discounts/${discount.id}`).set(admin()).expect(204);
    expectProblem(await http().get(`/discounts/${discount.id}`).set(admin()), 404, 'NOT_FOUND');
    expect(await listCodes()).not.toContain(discount.code);
  });

  it.each(['get', 'put', 'delete'] as const)('answers %s on an unknown id with 404 NOT_FOUND', async (method) => {
    const request = http()[method]('/discounts/999999').set(admin());
    expectProblem(await (method === 'put' ? request.send({ active: false }) : request), 404, 'NOT_FOUND');
  });

  it('keeps codes unique whatever their case, on create and on update: 409 DISCOUNT_CODE_TAKEN', async () => {
    const taken = await create();
    for (const code of [taken.code, taken.code.toLowerCase(), taken.code.replace(/^./, (c) => c.toLowerCase())]) {
      expectProblem(await http().post('/discounts').set(admin()).send({ code, kind: 'percent', value: 5 }), 409, 'DISCOUNT_CODE_TAKEN');
    }
    const other = await create();
    const renamed = await http().put(`/discounts/${other.id}`).set(admin()).send({ code: taken.code.toLowerCase() });
    expectProblem(renamed, 409, 'DISCOUNT_CODE_TAKEN');
    expect(await fetchDiscount(other.id)).toEqual(other);
    const recased = await http().put(`/discounts/${taken.id}`).set(admin()).send({ code: taken.code.toLowerCase() }).expect(200);
    expect(recased.body.code).toBe(taken.code);
  });

  it('lists newest first with page, pageSize and total, and filters by active', async () => {
    const [on, off] = [await create(), await create({ active: false })];
    const first = await http().get('/discounts').set(admin()).expect(200);
    expect(first.body).toMatchObject({ page: 1, pageSize: 20, total: expect.any(Number) });
    expect(first.body.items.slice(0, 2).map((d: DiscountView) => d.id)).toEqual([off.id, on.id]);
    const active = await listCodes({ active: 'true' });
    const inactive = await listCodes({ active: 'false' });
    expect(active).toContain(on.code);
    expect(active).not.toContain(off.code);
    expect(inactive).toContain(off.code);
    expect(inactive).not.toContain(on.code);
  });

  it.each([
    [{ active: 'maybe' }, 'active'],
    [{ pageSize: 101 }, 'pageSize'],
    [{ page: 0 }, 'page'],
  ])('refuses the list query %o naming the parameter', async (query, path) => {
    expectProblem(await http().get('/discounts').query(query).set(admin()), 400, 'VALIDATION_FAILED', path);
  });

  it('answers 401 without a valid token and 403 to a customer, changing nothing', async () => {
    const discount = await create();
    for (const [headers, status, code] of [
      [{}, 401, 'UNAUTHENTICATED'],
      [{ Authorization: 'Bearer not-a-jwt' }, 401, 'UNAUTHENTICATED'],
      [customer.auth, 403, 'FORBIDDEN'],
    ] as const) {
      expectProblem(await http().get('/discounts').set(headers), status, code);
      expectProblem(await http().get(`/discounts/${discount.id}`).set(headers), status, code);
      expectProblem(await http().post('/discounts').set(headers).send({ code: uniqueCode(), kind: 'percent', value: 5 }), status, code);
      expectProblem(await http().put(`/discounts/${discount.id}`).set(headers).send({ active: false }), status, code);
      expectProblem(await http().delete(`/discounts/${discount.id}`).set(headers), status, code);
    }
    expect(await fetchDiscount(discount.id)).toEqual(discount);
  });

  it.each([
    ['a code with a space', { code: 'BAD CODE' }, 'code'],
    ['a code with other characters', { code: 'SALE!' }, 'code'],
    ['a code of 2 characters', { code: 'AB' }, 'code'],
    ['a code of 33 characters', { code: 'A'.repeat(33) }, 'code'],
    ['a percent of 0', { value: 0 }, 'value'],
    ['a percent of 101', { value: 101 }, 'value'],
    ['a percent of 1.5', { value: 1.5 }, 'value'],
    ['a fixed amount of 0', { kind: 'fixed', value: 0 }, 'value'],
    ['a fixed amount with 3 decimals', { kind: 'fixed', value: 1.234 }, 'value'],
    ['a value as the string "3"', { value: '3' }, 'value'],
    ['an unknown kind', { kind: 'bogo' }, 'kind'],
    ['a negative minimum subtotal', { minSubtotal: -1 }, 'minSubtotal'],
    ['a timestamp without a time zone', { startsAt: '2026-01-01T00:00:00' }, 'startsAt'],
    ['an end before the start', { startsAt: '2026-02-01T00:00:00Z', endsAt: '2026-01-01T00:00:00Z' }, 'endsAt'],
    ['an end equal to the start', { startsAt: '2026-02-01T00:00:00Z', endsAt: '2026-02-01T01:00:00+01:00' }, 'endsAt'],
    ['a usage limit of 0', { usageLimit: 0 }, 'usageLimit'],
    ['a per-customer limit as a string', { perCustomerLimit: '1' }, 'perCustomerLimit'],
    ['active as a string', { active: 'true' }, 'active'],
  ])('refuses %s on create and update, naming the field and changing nothing', async (_, override, path) => {
    const code = uniqueCode();
    expectProblem(await http().post('/discounts').set(admin()).send({ code, kind: 'percent', value: 10, ...override }), 400, 'VALIDATION_FAILED', path);
    expect(await listCodes()).not.toContain(code);
    const discount = await create();
    expectProblem(await http().put(`/discounts/${discount.id}`).set(admin()).send(override), 400, 'VALIDATION_FAILED', path);
    expect(await fetchDiscount(discount.id)).toEqual(discount);
  });

  it('judges an update as a whole: a switch to percent keeps a value that must suit it', async () => {
    const fixed = await create({ kind: 'fixed', value: 150 });
    expectProblem(await http().put(`/discounts/${fixed.id}`).set(admin()).send({ kind: 'percent' }), 400, 'VALIDATION_FAILED', 'value');
    const dated = await create({ endsAt: '2026-01-01T00:00:00Z' });
    const late = await http().put(`/discounts/${dated.id}`).set(admin()).send({ startsAt: '2026-06-01T00:00:00Z' });
    expectProblem(late, 400, 'VALIDATION_FAILED', 'endsAt');
    expect(await fetchDiscount(fixed.id)).toEqual(fixed);
  });

  it('ignores id, timesUsed, timestamps and other unknown fields in the body', async () => {
    const forged = { id: 1, timesUsed: 99, createdAt: '2000-01-01T00:00:00.000Z', value_cents: 1 };
    const discount = await create(forged);
    expect(discount).toMatchObject({ timesUsed: 0, value: 10 });
    expect(discount.createdAt).not.toBe(forged.createdAt);
    const updated = await http().put(`/discounts/${discount.id}`).set(admin()).send({ ...forged, active: false }).expect(200);
    expect(updated.body).toMatchObject({ id: discount.id, timesUsed: 0, createdAt: discount.createdAt, active: false });
  });

  it('serves the same discounts over tRPC', async () => {
    const code = uniqueCode('trpc').toLowerCase();
    const created = await http().post('/trpc/discounts.create').set(admin()).send({ code, kind: 'fixed', value: 5 }).expect(200);
    const discount = created.body.result.data as DiscountView;
    expect(discount).toMatchObject({ code: code.toUpperCase(), kind: 'fixed', value: 5 });
    expect(await fetchDiscount(discount.id)).toEqual(discount);
    const input = encodeURIComponent(JSON.stringify({ id: discount.id }));
    const refused = await http().get(`/trpc/discounts.byId?input=${input}`).set(customer.auth).expect(403);
    expect(refused.body.error.data).toMatchObject({ code: 'FORBIDDEN', appCode: 'FORBIDDEN' });
  });
});
