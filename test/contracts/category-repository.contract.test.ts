import { expect, it } from 'vitest';
import type { Category } from '../../src/domain/catalog/category';
import { describeEachAdapter } from './adapters';
import { atTime, createCategory, expectConflict, unique } from './builders';

const nameKey = (category: Category) => category.name.trim().toLowerCase();

describeEachAdapter('CategoryRepository contract', (adapters) => {
  it('finds a created category by id, as create returned it', async () => {
    const a = adapters();
    const fields = { name: unique('Books'), description: 'Paper and ink' };
    const created = await a.uow.run(() => a.categories.create(fields));

    expect(created).toEqual({ ...fields, id: expect.any(Number), createdAt: expect.any(Date), updatedAt: expect.any(Date) });
    expect(await a.categories.findById(created.id)).toEqual(created);
  });

  it('answers null for an unknown id', async () => {
    const a = adapters();
    expect(await a.categories.findById(987_654)).toBeNull();
    expect(await a.uow.run(() => a.categories.lock(987_654))).toBeNull();
  });

  it('refuses to create a category whose name differs only in case: CATEGORY_NAME_TAKEN', async () => {
    const a = adapters();
    const existing = await createCategory(a, unique('Garden'));

    await expectConflict(createCategory(a, existing.name.toUpperCase()), 'CATEGORY_NAME_TAKEN');
    const all = await a.categories.list({ page: 1, pageSize: 100 });
    expect(all.items.filter((c) => nameKey(c) === nameKey(existing))).toEqual([existing]);
  });

  it('refuses to rename a category to another one’s name in another case, and keeps both', async () => {
    const a = adapters();
    const [taken, renamed] = [await createCategory(a, unique('Music')), await createCategory(a)];
    const attempt = a.uow.run(() => a.categories.update(renamed.id, { name: taken.name.toLowerCase(), description: null }));

    await expectConflict(attempt, 'CATEGORY_NAME_TAKEN');
    expect(await a.categories.findById(renamed.id)).toEqual(renamed);
    expect(await a.categories.findById(taken.id)).toEqual(taken);
  });

  it('lets a category change the case of its own name', async () => {
    const a = adapters();
    const category = await createCategory(a, unique('toys'));
    const name = category.name.toUpperCase();
    const updated = await a.uow.run(() => a.categories.update(category.id, { name, description: null }));
    expect(updated?.name).toBe(name);
  });

  it('updates the fields and stamps updatedAt, keeping id and createdAt', async () => {
    const a = adapters();
    const category = await atTime('2030-01-01T00:00:00.000Z', () => createCategory(a));
    const fields = { name: unique('Renamed'), description: 'Now described' };

    const updated = await atTime('2030-01-02T00:00:00.000Z', () => a.uow.run(() => a.categories.update(category.id, fields)));

    const expected = { ...category, ...fields, updatedAt: new Date('2030-01-02T00:00:00.000Z') };
    expect(updated).toEqual(expected);
    expect(await a.categories.findById(category.id)).toEqual(expected);
  });

  it('answers null when updating an unknown category', async () => {
    const a = adapters();
    expect(await a.uow.run(() => a.categories.update(987_654, { name: unique('ghost'), description: null }))).toBeNull();
  });

  it('deletes a category, freeing its name', async () => {
    const a = adapters();
    const category = await createCategory(a);

    await a.uow.run(() => a.categories.delete(category.id));

    expect(await a.categories.findById(category.id)).toBeNull();
    expect((await createCategory(a, category.name)).name).toBe(category.name);
  });

  it('locks and returns the category inside a unit of work', async () => {
    const a = adapters();
    const category = await createCategory(a);
    expect(await a.uow.run(() => a.categories.lock(category.id))).toEqual(category);
  });

  it('lists by lower-cased name, counts every category, and pages through the same order', async () => {
    const a = adapters();
    const suffix = unique('');
    const names = ['Mango', 'kiwi', 'Papaya', 'lime'].map((name) => name + suffix);
    const expected = ['kiwi', 'lime', 'Mango', 'Papaya'].map((name) => name + suffix);
    const ids = new Set<number>();
    for (const name of names) ids.add((await createCategory(a, name)).id);

    const all = await a.categories.list({ page: 1, pageSize: 100 });

    expect(all.items.filter((c) => ids.has(c.id)).map((c) => c.name)).toEqual(expected);
    expect(all.total).toBe(all.items.length);
    expect(await a.categories.list({ page: 2, pageSize: 3 })).toEqual({ items: all.items.slice(3, 6), total: all.total });
  });

  it('tells apart names whose keys differ only by accents', async () => {
    const a = adapters();
    const plain = await createCategory(a, unique('cafe'));
    const accented = plain.name.replace('cafe', 'café');

    expect((await createCategory(a, accented)).name).toBe(accented);
  });
});
