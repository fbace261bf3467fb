import { expect, it } from 'vitest';
import { describeEachAdapter } from './adapters';
import { createUser, expectConflict, newUser, unique } from './builders';

describeEachAdapter('UserRepository contract', (adapters) => {
  it('finds a created user by id and by email, as create returned it', async () => {
    const a = adapters();
    const input = newUser({ name: 'Ada Lovelace', role: 'admin' });
    const created = await a.uow.run(() => a.users.create(input));

    expect(created).toEqual({ ...input, id: expect.any(Number), sessionVersion: 0, createdAt: expect.any(Date) });
    expect(await a.users.findById(created.id)).toEqual(created);
    expect(await a.users.findByEmail(input.email)).toEqual(created);
  });

  it('keeps a missing name as null', async () => {
    const a = adapters();
    const created = await createUser(a, { name: null });
    expect((await a.users.findById(created.id))?.name).toBeNull();
  });

  it('gives each user its own id', async () => {
    const a = adapters();
    const [first, second] = [await createUser(a), await createUser(a)];
    expect(first.id).not.toBe(second.id);
    expect((await a.users.findById(second.id))?.email).toBe(second.email);
  });

  it('answers null for an unknown id or email', async () => {
    const a = adapters();
    expect(await a.users.findById(987_654)).toBeNull();
    expect(await a.users.findByEmail('nobody@example.com')).toBeNull();
  });

  it('refuses a second user with the same email: EMAIL_TAKEN, and keeps the first', async () => {
    const a = adapters();
    const first = await createUser(a);

    await expectConflict(a.uow.run(() => a.users.create(newUser({ email: first.email, name: 'Eve' }))), 'EMAIL_TAKEN');
    expect(await a.users.findByEmail(first.email)).toEqual(first);
  });

  it('tells apart emails that differ only by accents', async () => {
    const a = adapters();
    const local = unique('jose');
    const plain = await createUser(a, { email: `${local}@example.com` });
    const accented = await createUser(a, { email: `${local.replace('jose', 'josé')}@example.com` });

    expect(await a.users.findByEmail(plain.email)).toEqual(plain);
    expect(await a.users.findByEmail(accented.email)).toEqual(accented);
  });

  it('updates the role and password hash of one user only, moving their session version on', async () => {
    const a = adapters();
    const [user, other] = [await createUser(a), await createUser(a)];

    await a.uow.run(() => a.users.updateCredentials(user.id, { role: 'admin', passwordHash: 'hash-2' }));

    expect(await a.users.findById(user.id)).toEqual({ ...user, role: 'admin', passwordHash: 'hash-2', sessionVersion: 1 });
    expect(await a.users.findById(other.id)).toEqual(other);
    await a.uow.run(() => a.users.updateCredentials(user.id, { role: 'admin', passwordHash: 'hash-3' }));
    expect((await a.users.findById(user.id))?.sessionVersion).toBe(2);
  });
});
