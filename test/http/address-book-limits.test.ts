import { expect, it } from 'vitest';
import { ADDRESS_BOOK_LIMIT } from '../../src/domain/addresses/address';
import { signUpAndLogIn } from '../support/accounts';
import { HOME, addAddress, addressBook } from '../support/addresses';
import { listeningTestApp } from '../support/listening-app';
import { describeEachDatabase } from '../support/test-app';

describeEachDatabase('the address book under its limit and concurrency', (kind) => {
  const suite = listeningTestApp(kind);

  it(`refuses address ${ADDRESS_BOOK_LIMIT + 1} with 409 ADDRESS_LIMIT_REACHED, and nothing changes`, async () => {
    const user = await signUpAndLogIn(suite.app);
    for (let i = 0; i < ADDRESS_BOOK_LIMIT; i += 1) await addAddress(suite.app, user, { name: `Address ${i}` });
    const before = await addressBook(suite.app, user);

    const refused = await suite.http.post('/addresses').set(user.auth).send({ ...HOME, isDefault: true });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ status: 409, code: 'ADDRESS_LIMIT_REACHED' });
    expect(await addressBook(suite.app, user)).toEqual(before);

    await suite.http.delete(`/addresses/${before[1]!.id}`).set(user.auth).expect(204);
    await suite.http.post('/addresses').set(user.auth).send(HOME).expect(201);
  });

  it('keeps one default for 10 concurrent creates on an empty book', async () => {
    const user = await signUpAndLogIn(suite.app);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => suite.http.post('/addresses').set(user.auth).send({ ...HOME, name: `Racer ${i}` })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(201));
    const book = await addressBook(suite.app, user);
    expect(book).toHaveLength(10);
    expect(book.filter((address) => address.isDefault)).toHaveLength(1);
  });

  it('keeps one default for concurrent creates that each ask to be the default', async () => {
    const user = await signUpAndLogIn(suite.app);
    await addAddress(suite.app, user);
    await Promise.all(
      Array.from({ length: 10 }, () => suite.http.post('/addresses').set(user.auth).send({ ...HOME, isDefault: true }).expect(201)),
    );
    const book = await addressBook(suite.app, user);
    expect(book.filter((address) => address.isDefault)).toEqual([book[0]]);
  });

  it(`stops concurrent creates at ${ADDRESS_BOOK_LIMIT}`, async () => {
    const user = await signUpAndLogIn(suite.app);
    for (let i = 0; i < ADDRESS_BOOK_LIMIT - 3; i += 1) await addAddress(suite.app, user);
    const answers = await Promise.all(Array.from({ length: 10 }, () => suite.http.post('/addresses').set(user.auth).send(HOME)));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([...Array(3).fill(201), ...Array(7).fill(409)]);
    expect(await addressBook(suite.app, user)).toHaveLength(ADDRESS_BOOK_LIMIT);
  });
});
