import { expect, it } from 'vitest';
import { type Adapters, describeEachAdapter } from './adapters';
import { createCategory, createProduct } from './builders';

async function stocked(a: Adapters, quantity: number): Promise<number> {
  const category = await createCategory(a);
  return (await createProduct(a, category.id, { quantity })).id;
}

describeEachAdapter('Inventory contract', (adapters) => {
  const take = (productId: number, quantity: number) => {
    const a = adapters();
    return a.uow.run(() => a.inventory.take(productId, quantity));
  };

  it('tells the stock and price of a live product, and null for an unknown or deleted one', async () => {
    const a = adapters();
    const [live, deleted] = [await stocked(a, 7), await stocked(a, 3)];
    await a.uow.run(() => a.products.softDelete(deleted));

    const price = (await a.products.findById(live))!.price;
    expect(await a.inventory.offerOf(live)).toEqual({ stock: 7, price });
    expect(await a.inventory.offerOf(deleted)).toBeNull();
    expect(await a.inventory.offerOf(987_654)).toBeNull();
  });

  it('takes stock down to exactly zero', async () => {
    const a = adapters();
    const product = await stocked(a, 5);

    expect(await take(product, 2)).toBe(true);
    expect(await take(product, 3)).toBe(true);
    expect((await a.inventory.offerOf(product))?.stock).toBe(0);
  });

  it('refuses to take more than the stock, leaving it unchanged', async () => {
    const a = adapters();
    const product = await stocked(a, 2);

    expect(await take(product, 3)).toBe(false);
    expect((await a.inventory.offerOf(product))?.stock).toBe(2);
  });

  it('refuses to take from an empty, deleted or unknown product', async () => {
    const a = adapters();
    const [empty, deleted] = [await stocked(a, 0), await stocked(a, 10)];
    await a.uow.run(() => a.products.softDelete(deleted));

    expect(await take(empty, 1)).toBe(false);
    expect(await take(deleted, 1)).toBe(false);
    expect(await take(987_654, 1)).toBe(false);
  });

  it('lets exactly the stock be taken by concurrent takes', async () => {
    const a = adapters();
    const product = await stocked(a, 3);

    const results = await Promise.all(Array.from({ length: 6 }, () => take(product, 1)));

    expect(results.filter(Boolean)).toHaveLength(3);
    expect((await a.inventory.offerOf(product))?.stock).toBe(0);
  });

  it('restores stock on top of what is on hand', async () => {
    const a = adapters();
    const product = await stocked(a, 4);
    await take(product, 3);

    expect(await a.uow.run(() => a.inventory.restore(product, 2, 1_000_000))).toBe(true);

    expect((await a.inventory.offerOf(product))?.stock).toBe(3);
  });

  it('restores up to the most a product may hold, and refuses to go past it', async () => {
    const a = adapters();
    const product = await stocked(a, 10);

    expect(await a.uow.run(() => a.inventory.restore(product, 5, 15))).toBe(true);
    expect(await a.uow.run(() => a.inventory.restore(product, 1, 15))).toBe(false);

    expect((await a.inventory.offerOf(product))?.stock).toBe(15);
  });

  it('changes the stock seen through the product repository too', async () => {
    const a = adapters();
    const product = await stocked(a, 4);
    await take(product, 1);
    expect((await a.products.findById(product))?.quantity).toBe(3);
  });
});
