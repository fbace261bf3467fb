import { expect, it } from 'vitest';
import type { Product } from '../../src/domain/catalog/product';
import { Money } from '../../src/domain/shared/money';
import { type Adapters, describeEachAdapter } from './adapters';
import { createCategory, createProduct, createUser, productFields } from './builders';

const lineOf = ({ id, name, price, imageUrl, quantity: stock }: Product, quantity: number) => ({
  productId: id,
  quantity,
  product: { id, name, price, imageUrl, quantity: stock },
});

/** A customer and two products, as every cart needs rows to refer to. */
async function shop(a: Adapters) {
  const [user, category] = [await createUser(a), await createCategory(a)];
  const book = await createProduct(a, category.id, { name: 'book', price: Money.ofMinor(1250), quantity: 9 });
  const lamp = await createProduct(a, category.id, { name: 'lamp', imageUrl: 'https://img.example/lamp.png' });
  return { userId: user.id, categoryId: category.id, book, lamp };
}

describeEachAdapter('CartRepository contract', (adapters) => {
  const set = (userId: number, productId: number, quantity: number) => {
    const a = adapters();
    return a.uow.run(() => a.carts.setQuantity(userId, productId, quantity));
  };

  it('starts empty', async () => {
    const a = adapters();
    const { userId, book } = await shop(a);
    expect(await a.carts.lines(userId)).toEqual([]);
    expect(await a.carts.quantityOf(userId, book.id)).toBe(0);
  });

  it('adds lines, in the order they were added, with their products', async () => {
    const a = adapters();
    const { userId, book, lamp } = await shop(a);

    await set(userId, lamp.id, 1);
    await set(userId, book.id, 2);

    expect(await a.carts.lines(userId)).toEqual([lineOf(lamp, 1), lineOf(book, 2)]);
    expect(await a.carts.quantityOf(userId, book.id)).toBe(2);
  });

  it('replaces the quantity of a line already there, keeping its place', async () => {
    const a = adapters();
    const { userId, book, lamp } = await shop(a);
    await set(userId, book.id, 2);
    await set(userId, lamp.id, 1);

    await set(userId, book.id, 5);

    expect(await a.carts.lines(userId)).toEqual([lineOf(book, 5), lineOf(lamp, 1)]);
    expect(await a.carts.quantityOf(userId, book.id)).toBe(5);
  });

  it('removes a line set to 0, and ignores 0 for a product not in the cart', async () => {
    const a = adapters();
    const { userId, book, lamp } = await shop(a);
    await set(userId, book.id, 2);

    await set(userId, book.id, 0);
    await set(userId, lamp.id, 0);

    expect(await a.carts.lines(userId)).toEqual([]);
    expect(await a.carts.quantityOf(userId, book.id)).toBe(0);
  });

  it('shows each product as it is now: current name, price and stock', async () => {
    const a = adapters();
    const { userId, categoryId, book } = await shop(a);
    await set(userId, book.id, 2);
    const changed = productFields(categoryId, { name: 'book two', price: Money.ofMinor(1999), quantity: 1 });

    await a.uow.run(() => a.products.update(book.id, changed));

    expect(await a.carts.lines(userId)).toEqual([lineOf({ ...book, ...changed }, 2)]);
  });

  it('skips the lines of deleted products', async () => {
    const a = adapters();
    const { userId, book, lamp } = await shop(a);
    await set(userId, book.id, 1);
    await set(userId, lamp.id, 3);

    await a.uow.run(() => a.products.softDelete(book.id));

    expect(await a.carts.lines(userId)).toEqual([lineOf(lamp, 3)]);
  });

  it('keeps one cart per user, and clears only the given one', async () => {
    const a = adapters();
    const { userId, book, lamp } = await shop(a);
    const other = (await createUser(a)).id;
    await set(userId, book.id, 1);
    await set(other, book.id, 4);
    await set(other, lamp.id, 1);

    expect(await a.carts.quantityOf(other, book.id)).toBe(4);
    await a.uow.run(() => a.carts.clear(other));

    expect(await a.carts.lines(other)).toEqual([]);
    expect(await a.carts.lines(userId)).toEqual([lineOf(book, 1)]);
  });
});
