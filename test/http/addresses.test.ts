import type { Response } from 'supertest';
import { expect, it } from 'vitest';
import type { AddressView } from '../../src/application/addresses/address-view';
import { type SignedIn, signUpAndLogIn } from '../support/accounts';
import { HOME, addAddress, addressBook, defaults } from '../support/addresses';
import { appWithAdmin, describeEachDatabase } from '../support/test-app';

function expectProblem(response: Response, status: number, code: string, path?: string): void {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, code });
  if (path) expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  expect(response.status).toBe(status);
}

const isoTimestamp = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

describeEachDatabase('the address book over REST', (kind) => {
  const suite = appWithAdmin(kind);
  const fetchAddress = async (user: SignedIn, id: number): Promise<AddressView> =>
    (await suite.app.http.get(`/addresses/${id}`).set(user.auth).expect(200)).body;

  it('creates an address with exactly the contract shape, also on GET and in the list', async () => {
    const user = await signUpAndLogIn(suite.app);
    const created = await suite.app.http.post('/addresses').set(user.auth).send({ ...HOME, country: 'de', line2: 'Floor 2' }).expect(201);
    expect(created.body).toEqual({
      id: expect.any(Number),
      ...HOME,
      line2: 'Floor 2',
      region: null,
      phone: null,
      isDefault: true,
      createdAt: isoTimestamp,
      updatedAt: isoTimestamp,
    });
    expect(await fetchAddress(user, created.body.id)).toEqual(created.body);
    await suite.app.http.get('/addresses').set(user.auth).expect(200, { items: [created.body], page: 1, pageSize: 20, total: 1 });
  });

  it('updates only the fields given, clears optional ones given as null, and ignores what is not a field', async () => {
    const user = await signUpAndLogIn(suite.app);
    const address = await addAddress(suite.app, user, { region: 'BE', phone: '+49 30 1234' });
    const forged = { id: address.id + 1, userId: 1, createdAt: '2000-01-01T00:00:00.000Z' };
    const updated = await suite.app.http.put(`/addresses/${address.id}`).set(user.auth).send({ ...forged, city: 'Potsdam', region: null, country: 'fr' }).expect(200);
    expect(updated.body).toEqual({ ...address, city: 'Potsdam', region: null, country: 'FR', updatedAt: isoTimestamp });
    expect(await fetchAddress(user, address.id)).toEqual(updated.body);
  });

  it('keeps exactly one default: the first address, then the one chosen, passed on to the newest when deleted', async () => {
    const user = await signUpAndLogIn(suite.app);
    const first = await addAddress(suite.app, user, { isDefault: false });
    const second = await addAddress(suite.app, user);
    expect([first.isDefault, second.isDefault]).toEqual([true, false]);
    const third = await addAddress(suite.app, user, { isDefault: true });
    expect(await defaults(suite.app, user)).toEqual([[third.id, true], [second.id, false], [first.id, false]]);

    await suite.app.http.put(`/addresses/${third.id}`).set(user.auth).send({ isDefault: false }).expect(200);
    await suite.app.http.put(`/addresses/${second.id}`).set(user.auth).send({ isDefault: false }).expect(200);
    expect(await defaults(suite.app, user)).toEqual([[third.id, true], [second.id, false], [first.id, false]]);

    const moved = await suite.app.http.put(`/addresses/${first.id}`).set(user.auth).send({ isDefault: true }).expect(200);
    expect(moved.body.isDefault).toBe(true);
    expect(await defaults(suite.app, user)).toEqual([[first.id, true], [third.id, false], [second.id, false]]);

    await suite.app.http.delete(`/addresses/${first.id}`).set(user.auth).expect(204);
    expect(await defaults(suite.app, user)).toEqual([[third.id, true], [second.id, false]]);
    await suite.app.http.delete(`/addresses/${second.id}`).set(user.auth).expect(204);
    await suite.app.http.delete(`/addresses/${third.id}`).set(user.auth).expect(204);
    expect(await addressBook(suite.app, user)).toEqual([]);
    expect((await addAddress(suite.app, user, { isDefault: false })).isDefault).toBe(true);
  });

  it("answers 404 for another user's address, both ways, and changes nothing", async () => {
    const [ann, bob] = [await signUpAndLogIn(suite.app), await signUpAndLogIn(suite.app)];
    const [annsHome, bobsHome] = [await addAddress(suite.app, ann), await addAddress(suite.app, bob)];
    for (const [intruder, address] of [[bob, annsHome], [ann, bobsHome], [suite.admin, annsHome]] as const) {
      const path = `/addresses/${address.id}`;
      expectProblem(await suite.app.http.get(path).set(intruder.auth), 404, 'NOT_FOUND');
      expectProblem(await suite.app.http.put(path).set(intruder.auth).send({ name: 'Mine', isDefault: true }), 404, 'NOT_FOUND');
      expectProblem(await suite.app.http.delete(path).set(intruder.auth), 404, 'NOT_FOUND');
    }
    expect(await addressBook(suite.app, ann)).toEqual([annsHome]);
    expect(await addressBook(suite.app, bob)).toEqual([bobsHome]);
  });

  it.each(['get', 'put', 'delete'] as const)('answers %s on an unknown id with 404 NOT_FOUND', async (method) => {
    const user = await signUpAndLogIn(suite.app);
    const request = suite.app.http[method]('/addresses/999999').set(user.auth);
    expectProblem(await (method === 'put' ? request.send({ name: 'Nowhere' }) : request), 404, 'NOT_FOUND');
  });

  it('needs a bearer token for every call', async () => {
    expectProblem(await suite.app.http.get('/addresses'), 401, 'UNAUTHENTICATED');
    expectProblem(await suite.app.http.post('/addresses').send(HOME), 401, 'UNAUTHENTICATED');
    expectProblem(await suite.app.http.delete('/addresses/1'), 401, 'UNAUTHENTICATED');
  });

  it.each([
    ['an unknown country', { country: 'XX' }, 'country'],
    ['a user-assigned country', { country: 'zz' }, 'country'],
    ['an alpha-3 country', { country: 'DEU' }, 'country'],
    ['a numeric country', { country: '276' }, 'country'],
    ['no country', { country: undefined }, 'country'],
    ['a blank name', { name: '  ' }, 'name'],
    ['a name of 201 characters', { name: 'n'.repeat(201) }, 'name'],
    ['a line1 of 201 characters', { line1: 'l'.repeat(201) }, 'line1'],
    ['a line2 of 201 characters', { line2: 'l'.repeat(201) }, 'line2'],
    ['a city of 101 characters', { city: 'c'.repeat(101) }, 'city'],
    ['a region of 101 characters', { region: 'r'.repeat(101) }, 'region'],
    ['a postal code of 21 characters', { postalCode: '1'.repeat(21) }, 'postalCode'],
    ['a phone of 33 characters', { phone: '1'.repeat(33) }, 'phone'],
    ['a number as postal code', { postalCode: 10115 }, 'postalCode'],
    ['a string as isDefault', { isDefault: 'true' }, 'isDefault'],
    ['a NUL character', { line1: 'a\u0000b' }, 'line1'],
  ])('refuses %s on create and update, naming the field and changing nothing', async (_, override, path) => {
    const user = await signUpAndLogIn(suite.app);
    expectProblem(await suite.app.http.post('/addresses').set(user.auth).send({ ...HOME, ...override }), 400, 'VALIDATION_FAILED', path);
    expect(await addressBook(suite.app, user)).toEqual([]);
    const address = await addAddress(suite.app, user);
    const change = Object.fromEntries(Object.entries(override).map(([field, value]) => [field, value ?? null]));
    expectProblem(await suite.app.http.put(`/addresses/${address.id}`).set(user.auth).send(change), 400, 'VALIDATION_FAILED', path);
    expect(await fetchAddress(user, address.id)).toEqual(address);
  });

  it('takes every field at its longest, counted in characters, and a country in any case', async () => {
    const user = await signUpAndLogIn(suite.app);
    const longest = {
      name: '😀'.repeat(200), line1: 'é'.repeat(200), line2: 'l'.repeat(200), city: '東'.repeat(100),
      region: 'r'.repeat(100), postalCode: '9'.repeat(20), phone: '+'.repeat(32),
    };
    const address = await addAddress(suite.app, user, { ...longest, country: ' nZ ' });
    expect(address).toMatchObject({ ...longest, country: 'NZ' });
    expect(await fetchAddress(user, address.id)).toEqual(address);
  });

  it.each([
    [{ pageSize: 101 }, 'pageSize'],
    [{ page: 0 }, 'page'],
    [{ pageSize: 'abc' }, 'pageSize'],
  ])('refuses the list query %o naming the parameter', async (query, path) => {
    const user = await signUpAndLogIn(suite.app);
    expectProblem(await suite.app.http.get('/addresses').query(query).set(user.auth), 400, 'VALIDATION_FAILED', path);
  });
});
