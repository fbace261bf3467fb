import { expect, it } from 'vitest';
import type { AddressEntry } from '../../src/domain/addresses/address';
import { type Adapters, describeEachAdapter } from './adapters';
import { atTime, createUser } from './builders';

function entry(overrides: Partial<AddressEntry> = {}): AddressEntry {
  return {
    name: 'Ada Lovelace',
    line1: '1 Main St',
    line2: null,
    city: 'Berlin',
    region: null,
    postalCode: '10115',
    country: 'DE',
    phone: null,
    isDefault: false,
    ...overrides,
  };
}

/** Two users, as every address needs an owner and every rule has someone else to leave alone. */
async function owners(a: Adapters) {
  return { userId: (await createUser(a)).id, otherId: (await createUser(a)).id };
}

describeEachAdapter('AddressRepository contract', (adapters) => {
  const create = (userId: number, overrides: Partial<AddressEntry> = {}) => {
    const a = adapters();
    return a.uow.run(() => a.addresses.create(userId, entry(overrides)));
  };
  const flags = async (userId: number) => {
    const { items } = await adapters().addresses.list(userId, { page: 1, pageSize: 100 });
    return items.map((address) => [address.id, address.isDefault]);
  };

  it('finds a created address for its owner only, as create returned it', async () => {
    const a = adapters();
    const { userId, otherId } = await owners(a);
    const fields = entry({ line2: 'Floor 2', region: 'BE', phone: '+49 30 1234', isDefault: true });
    const created = await a.uow.run(() => a.addresses.create(userId, fields));

    expect(created).toEqual({ ...fields, id: expect.any(Number), userId, createdAt: expect.any(Date), updatedAt: expect.any(Date) });
    expect(await a.addresses.findOwned(userId, created.id)).toEqual(created);
    expect(await a.addresses.findOwned(otherId, created.id)).toBeNull();
    expect(await a.addresses.findOwned(userId, 987_654)).toBeNull();
  });

  it('keeps text at its longest exactly as given, counted in characters', async () => {
    const a = adapters();
    const { userId } = await owners(a);
    const longest = entry({
      name: '😀'.repeat(200), line1: 'é'.repeat(200), line2: 'ß'.repeat(200), city: '東'.repeat(100),
      region: 'r'.repeat(100), postalCode: '9'.repeat(20), phone: '+'.repeat(32),
    });
    const created = await a.uow.run(() => a.addresses.create(userId, longest));
    expect(await a.addresses.findOwned(userId, created.id)).toMatchObject(longest);
  });

  it('updates the fields and stamps updatedAt for the owner only, keeping id and createdAt', async () => {
    const a = adapters();
    const { userId, otherId } = await owners(a);
    const address = await atTime('2030-01-01T00:00:00.000Z', () => create(userId));
    const changed = entry({ city: 'Hamburg', phone: '+49 40 1' });

    expect(await a.uow.run(() => a.addresses.update(otherId, address.id, changed))).toBeNull();
    const updated = await atTime('2030-01-02T00:00:00.000Z', () => a.uow.run(() => a.addresses.update(userId, address.id, changed)));

    const expected = { ...address, ...changed, updatedAt: new Date('2030-01-02T00:00:00.000Z') };
    expect(updated).toEqual(expected);
    expect(await a.addresses.findOwned(userId, address.id)).toEqual(expected);
  });

  it('keeps updatedAt when an update changes nothing', async () => {
    const a = adapters();
    const { userId } = await owners(a);
    const address = await atTime('2030-01-01T00:00:00.000Z', () => create(userId));
    const same = await atTime('2030-01-02T00:00:00.000Z', () => a.uow.run(() => a.addresses.update(userId, address.id, entry())));
    expect(same).toEqual(address);
  });

  it("moves the one default, stamping only the addresses whose flag changes, and leaves other users' alone", async () => {
    const a = adapters();
    const { userId, otherId } = await owners(a);
    const [first, second, third] = await atTime('2030-01-01T00:00:00.000Z', async () => [
      await create(userId, { isDefault: true }), await create(userId), await create(userId),
    ]);
    const elsewhere = await create(otherId, { isDefault: true });

    await atTime('2030-01-02T00:00:00.000Z', () => a.uow.run(() => a.addresses.makeDefault(userId, second!.id)));

    const moved = new Date('2030-01-02T00:00:00.000Z');
    expect(await a.addresses.defaultOf(userId)).toEqual({ ...second, isDefault: true, updatedAt: moved });
    expect(await a.addresses.findOwned(userId, first!.id)).toEqual({ ...first, isDefault: false, updatedAt: moved });
    expect(await a.addresses.findOwned(userId, third!.id)).toEqual(third);
    expect(await a.addresses.defaultOf(otherId)).toEqual(elsewhere);
  });

  it('answers no default and no newest address for a user without addresses', async () => {
    const a = adapters();
    const { userId } = await owners(a);
    expect(await a.addresses.defaultOf(userId)).toBeNull();
    expect(await a.addresses.newestOf(userId)).toBeNull();
    expect(await a.addresses.countOf(userId)).toBe(0);
  });

  it("finds the owner's newest address, the higher id on a tie", async () => {
    const a = adapters();
    const { userId, otherId } = await owners(a);
    await atTime('2030-01-03T00:00:00.000Z', () => create(userId));
    const [, tiedLater] = await atTime('2030-01-04T00:00:00.000Z', async () => [await create(userId), await create(userId)]);
    await atTime('2030-01-05T00:00:00.000Z', () => create(otherId));
    expect(await a.addresses.newestOf(userId)).toEqual(tiedLater);
  });

  it("counts and deletes the owner's addresses only", async () => {
    const a = adapters();
    const { userId, otherId } = await owners(a);
    const [kept, gone] = [await create(userId), await create(userId)];
    const theirs = await create(otherId);

    await a.uow.run(() => a.addresses.delete(otherId, kept.id));
    await a.uow.run(() => a.addresses.delete(userId, gone.id));

    expect(await a.addresses.countOf(userId)).toBe(1);
    expect(await a.addresses.findOwned(userId, kept.id)).toEqual(kept);
    expect(await a.addresses.findOwned(userId, gone.id)).toBeNull();
    expect(await a.addresses.countOf(otherId)).toBe(1);
    expect(await a.addresses.findOwned(otherId, theirs.id)).toEqual(theirs);
  });

  it("lists the owner's book, the default first, then newest first with ties by id, and pages through it", async () => {
    const a = adapters();
    const { userId, otherId } = await owners(a);
    const oldest = await atTime('2030-01-01T00:00:00.000Z', () => create(userId, { isDefault: true }));
    const [tiedFirst, tiedSecond] = await atTime('2030-01-02T00:00:00.000Z', async () => [await create(userId), await create(userId)]);
    const newest = await atTime('2030-01-03T00:00:00.000Z', () => create(userId));
    await create(otherId, { isDefault: true });

    expect(await flags(userId)).toEqual([[oldest.id, true], [newest.id, false], [tiedSecond!.id, false], [tiedFirst!.id, false]]);
    const page = await a.addresses.list(userId, { page: 2, pageSize: 3 });
    expect(page).toEqual({ items: [tiedFirst], total: 4 });
  });
});
