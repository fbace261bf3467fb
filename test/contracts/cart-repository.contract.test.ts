import { expect, it } from 'vitest';
import type { Product } from '../../src/domain/catalog/product';
import { Money } from '../../src/domain/shared/money';
import { type Adapters, describeEachAdapter } from './adapters';
import { createCategory, createProduct, createUser, productFields } from './builders';

const lineOf = ({ id, name, price, imageUrl, quantity: stock }: Product, quantity: number, addedPrice = price) => ({
  productId: id,
  quantity,
  addedPrice,
  product: { id, name, price, imageUrl, quantity: stock },
});

const NOW = new Date('2030-06-01T12:00:00.000Z');
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

/** A customer with a cart, and two products, as every cart needs rows to refer to. */
async function shop(a: Adapters) {
  const [user, category] = [await createUser(a), await createCategory(a)];
  const book = await createProduct(a, category.id, { name: 'book', price: Money.ofMinor(1250), quantity: 9 });
  const lamp = await createProduct(a, category.id, { name: 'lamp', imageUrl: 'https://img.example/lamp.png' });
  const cart = await a.uow.run(() => a.carts.create({ userId: user.id }, null));
  return { userId: user.id, cartId: cart.id, categoryId: category.id, book, lamp };
}

describeEachAdapter('CartRepository contract', (adapters) => {
  const set = (cartId: number, product: Product, quantity: number, addedPrice = product.price) => {
    const a = adapters();
    return a.uow.run(() => a.carts.setQuantity(cartId, product.id, quantity, addedPrice));
  };

  it('starts empty', async () => {
    const a = adapters();
    const { cartId, book } = await shop(a);
    expect(await a.carts.lines(cartId)).toEqual([]);
    expect(await a.carts.quantityOf(cartId, book.id)).toBe(0);
  });

  it('adds lines, in the order they were added, with their products and the price they were added at', async () => {
    const a = adapters();
    const { cartId, book, lamp } = await shop(a);

    await set(cartId, lamp, 1);
    await set(cartId, book, 2, Money.ofMinor(999));

    expect(await a.carts.lines(cartId)).toEqual([lineOf(lamp, 1), lineOf(book, 2, Money.ofMinor(999))]);
    expect(await a.carts.quantityOf(cartId, book.id)).toBe(2);
  });

  it('replaces the quantity and added price of a line already there, keeping its place', async () => {
    const a = adapters();
    const { cartId, book, lamp } = await shop(a);
    await set(cartId, book, 2, Money.ofMinor(1));
    await set(cartId, lamp, 1);

    await set(cartId, book, 5);

    expect(await a.carts.lines(cartId)).toEqual([lineOf(book, 5), lineOf(lamp, 1)]);
    expect(await a.carts.quantityOf(cartId, book.id)).toBe(5);
  });

  it('removes a line set to 0, and ignores 0 for a product not in the cart', async () => {
    const a = adapters();
    const { cartId, book, lamp } = await shop(a);
    await set(cartId, book, 2);

    await set(cartId, book, 0);
    await set(cartId, lamp, 0);

    expect(await a.carts.lines(cartId)).toEqual([]);
    expect(await a.carts.quantityOf(cartId, book.id)).toBe(0);
  });

  it('shows each product as it is now: current name, price and stock', async () => {
    const a = adapters();
    const { cartId, categoryId, book } = await shop(a);
    await set(cartId, book, 2);
    const changed = productFields(categoryId, { name: 'book two', price: Money.ofMinor(1999), quantity: 1 });

    await a.uow.run(() => a.products.update(book.id, changed));

    expect(await a.carts.lines(cartId)).toEqual([lineOf({ ...book, ...changed }, 2, book.price)]);
  });

  it('skips the lines of deleted products', async () => {
    const a = adapters();
    const { cartId, book, lamp } = await shop(a);
    await set(cartId, book, 1);
    await set(cartId, lamp, 3);

    await a.uow.run(() => a.products.softDelete(book.id));

    expect(await a.carts.lines(cartId)).toEqual([lineOf(lamp, 3)]);
  });

  it('finds a user cart by its user; a user has one cart however often it is made, even at once', async () => {
    const a = adapters();
    const user = await createUser(a);
    expect(await a.carts.find({ userId: user.id }, NOW)).toBeNull();

    const made = await Promise.all([1, 2, 3].map(() => a.uow.run(() => a.carts.create({ userId: user.id }, null))));

    expect(new Set(made.map((cart) => cart.id)).size).toBe(1);
    expect(await a.carts.find({ userId: user.id }, NOW)).toEqual({ id: made[0]!.id, discountId: null, expiresAt: null });
    expect(await a.uow.run(() => a.carts.lock({ userId: user.id }, NOW))).toEqual({ id: made[0]!.id, discountId: null, expiresAt: null });
  });

  it('finds a guest cart by its token digest until it expires, and an update moves its expiry', async () => {
    const a = adapters();
    const guest = await a.uow.run(() => a.carts.create({ tokenDigest: 'a'.repeat(64) }, later(60)));

    expect(await a.carts.find({ tokenDigest: 'a'.repeat(64) }, NOW)).toEqual({ id: guest.id, discountId: null, expiresAt: later(60) });
    expect(await a.carts.find({ tokenDigest: 'b'.repeat(64) }, NOW)).toBeNull();
    expect(await a.carts.find({ tokenDigest: 'a'.repeat(64) }, later(60))).toBeNull();

    await a.uow.run(() => a.carts.update(guest.id, { expiresAt: later(120) }));
    expect(await a.uow.run(() => a.carts.lock({ tokenDigest: 'a'.repeat(64) }, later(60)))).toEqual({
      id: guest.id,
      discountId: null,
      expiresAt: later(120),
    });
  });

  it('keeps carts apart, clears and deletes only the given one', async () => {
    const a = adapters();
    const { cartId, book, lamp } = await shop(a);
    const guest = await a.uow.run(() => a.carts.create({ tokenDigest: 'c'.repeat(64) }, later(60)));
    await set(cartId, book, 1);
    await set(guest.id, book, 4);
    await set(guest.id, lamp, 1);

    expect(await a.carts.quantityOf(guest.id, book.id)).toBe(4);
    await a.uow.run(() => a.carts.clear(guest.id));
    expect(await a.carts.lines(guest.id)).toEqual([]);
    expect(await a.carts.lines(cartId)).toEqual([lineOf(book, 1)]);

    await set(guest.id, lamp, 2);
    await a.uow.run(() => a.carts.delete(guest.id));
    expect(await a.carts.find({ tokenDigest: 'c'.repeat(64) }, NOW)).toBeNull();
    expect(await a.carts.lines(cartId)).toEqual([lineOf(book, 1)]);
  });

  it('deletes the guest carts expired at a moment, with their lines, and nothing else', async () => {
    const a = adapters();
    const { cartId, book } = await shop(a);
    const [stale, fresh] = await a.uow.run(async () => [
      await a.carts.create({ tokenDigest: 'd'.repeat(64) }, later(10)),
      await a.carts.create({ tokenDigest: 'e'.repeat(64) }, later(100)),
    ]);
    await set(stale.id, book, 1);
    await set(cartId, book, 2);

    expect(await a.uow.run(() => a.carts.deleteExpired(later(10)))).toBeGreaterThanOrEqual(1);

    expect(await a.carts.find({ tokenDigest: 'd'.repeat(64) }, NOW)).toBeNull();
    expect(await a.carts.find({ tokenDigest: 'e'.repeat(64) }, NOW)).toEqual({ id: fresh.id, discountId: null, expiresAt: later(100) });
    expect(await a.carts.lines(cartId)).toEqual([lineOf(book, 2)]);
  });
});
