import { randomBytes } from 'node:crypto';
import { expect, vi } from 'vitest';
import type { NewUser, User } from '../../src/domain/accounts/user';
import type { Category } from '../../src/domain/catalog/category';
import type { Product, ProductFields } from '../../src/domain/catalog/product';
import { ConflictError } from '../../src/domain/shared/errors';
import { Money } from '../../src/domain/shared/money';
import type { Adapters } from './adapters';

/**
 * A value no other test uses, since the tests of one suite share a database. Lowercase ASCII
 * letters only, so that every database collation orders and compares it as JavaScript does.
 */
export function unique(prefix: string): string {
  return prefix + [...randomBytes(8)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('');
}

export function newUser(overrides: Partial<NewUser> = {}): NewUser {
  return { email: `${unique('user')}@example.com`, name: 'Ada', role: 'customer', passwordHash: 'hash-1', ...overrides };
}

export function createUser(a: Adapters, overrides: Partial<NewUser> = {}): Promise<User> {
  return a.uow.run(() => a.users.create(newUser(overrides)));
}

export function createCategory(a: Adapters, name = unique('shelf')): Promise<Category> {
  return a.uow.run(() => a.categories.create({ name, description: null }));
}

export function productFields(categoryId: number, overrides: Partial<ProductFields> = {}): ProductFields {
  return {
    name: 'widget',
    description: null,
    price: Money.ofMinor(999),
    quantity: 5,
    categoryId,
    imageUrl: null,
    ...overrides,
  };
}

export function createProduct(a: Adapters, categoryId: number, overrides: Partial<ProductFields> = {}): Promise<Product> {
  return a.uow.run(() => a.products.create(productFields(categoryId, overrides)));
}

/**
 * Runs work with the system clock stopped at `time`. Both the in-memory adapters (SystemClock)
 * and Sequelize (which stamps createdAt/updatedAt itself) read `new Date()`, so ties and
 * orderings of timestamps can be set up identically for every adapter.
 */
export async function atTime<T>(time: string, work: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(time));
  try {
    return await work();
  } finally {
    vi.useRealTimers();
  }
}

export async function expectConflict(attempt: Promise<unknown>, code: string): Promise<void> {
  await expect(attempt).rejects.toBeInstanceOf(ConflictError);
  await expect(attempt).rejects.toMatchObject({ kind: 'conflict', code });
}
