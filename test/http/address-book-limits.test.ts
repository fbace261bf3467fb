import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADDRESS_BOOK_LIMIT } from '../../src/domain/addresses/address';
import { signUpAndLogIn } from '../support/accounts';
import { HOME, addAddress, addressBook } from '../support/addresses';
import { type TestApp, describeEachDatabase, startTestApp } from '../support/test-app';

describeEachDatabase('the address book under its limit and concurrency', (kind) => {
  let app: TestApp;
  let server: Server;
  let http: ReturnType<typeof request>;
  beforeAll(async () => {
    app = await startTestApp(kind);
    // One listening server, so that concurrent requests really overlap on one process.
    server = app.application.app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    http = request(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await app?.close();
  });

  it(`refuses address ${ADDRESS_BOOK_LIMIT + 1} with 409 ADDRESS_LIMIT_REACHED, and nothing changes`, async () => {
    const user = await signUpAndLogIn(app);
    for (let i = 0; i < ADDRESS_BOOK_LIMIT; i += 1) await addAddress(app, user, { name: `Address ${i}` });
    const before = await addressBook(app, user);

    const refused = await http.post('/addresses').set(user.auth).send({ ...HOME, isDefault: true });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ status: 409, code: 'ADDRESS_LIMIT_REACHED' });
    expect(await addressBook(app, user)).toEqual(before);

    await http.delete(`/addresses/${before[1]!.id}`).set(user.auth).expect(204);
    await http.post('/addresses').set(user.auth).send(HOME).expect(201);
  });

  it('keeps one default for 10 concurrent creates on an empty book', async () => {
    const user = await signUpAndLogIn(app);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => http.post('/addresses').set(user.auth).send({ ...HOME, name: `Racer ${i}` })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(201));
    const book = await addressBook(app, user);
    expect(book).toHaveLength(10);
    expect(book.filter((address) => address.isDefault)).toHaveLength(1);
  });

  it('keeps one default for concurrent creates that each ask to be the default', async () => {
    const user = await signUpAndLogIn(app);
    await addAddress(app, user);
    await Promise.all(
      Array.from({ length: 10 }, () => http.post('/addresses').set(user.auth).send({ ...HOME, isDefault: true }).expect(201)),
    );
    const book = await addressBook(app, user);
    expect(book.filter((address) => address.isDefault)).toEqual([book[0]]);
  });

  it(`stops concurrent creates at ${ADDRESS_BOOK_LIMIT}`, async () => {
    const user = await signUpAndLogIn(app);
    for (let i = 0; i < ADDRESS_BOOK_LIMIT - 3; i += 1) await addAddress(app, user);
    const answers = await Promise.all(Array.from({ length: 10 }, () => http.post('/addresses').set(user.auth).send(HOME)));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([...Array(3).fill(201), ...Array(7).fill(409)]);
    expect(await addressBook(app, user)).toHaveLength(ADDRESS_BOOK_LIMIT);
  });
});
