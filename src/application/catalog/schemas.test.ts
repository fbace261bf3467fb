import { describe, expect, it } from 'vitest';
import {
  createCategoryInput,
  createProductInput,
  listCategoriesInput,
  listProductsInput,
  updateProductInput,
} from './schemas';

const valid = { name: 'Dune', price: 19.99, quantity: 3, categoryId: 1 };

describe('catalog schemas', () => {
  it('parses a product and drops unknown fields', () => {
    expect(createProductInput.parse({ ...valid, id: 9, role: 'admin' })).toEqual(valid);
    expect(createProductInput.parse({ ...valid, imageUrl: null, description: null })).toMatchObject({ imageUrl: null });
  });

  it('does not coerce numbers', () => {
    for (const field of ['price', 'quantity', 'categoryId'] as const) {
      expect(createProductInput.safeParse({ ...valid, [field]: '3' }).success).toBe(false);
    }
    expect(listProductsInput.safeParse({ page: '2' }).success).toBe(false);
  });

  it('bounds prices, quantities and ids', () => {
    const bad = [
      { price: -0.01 }, { price: 1_000_000.01 }, { price: 1.999 }, { price: Number.POSITIVE_INFINITY },
      { quantity: 1.5 }, { quantity: -1 }, { quantity: 1_000_001 }, { categoryId: 0 }, { name: '  ' },
      { name: 'x'.repeat(201) }, { description: 'd'.repeat(5001) },
    ];
    for (const change of bad) expect(createProductInput.safeParse({ ...valid, ...change }).success).toBe(false);
    expect(createProductInput.safeParse({ ...valid, price: 1_000_000, quantity: 1_000_000 }).success).toBe(true);
  });

  it('accepts only absolute http(s) image URLs', () => {
    expect(createProductInput.parse({ ...valid, imageUrl: 'https://a.io/x.png' }).imageUrl).toBe('https://a.io/x.png');
    const tooLong = `https://a.io/${'x'.repeat(2048)}`;
    for (const imageUrl of ['ftp://a.io/x', 'http:a.io', '/x.png', 'javascript:alert(1)', tooLong]) {
      expect(createProductInput.safeParse({ ...valid, imageUrl }).success).toBe(false);
    }
  });

  it('takes any subset for an update, the empty one included', () => {
    expect(updateProductInput.parse({})).toEqual({});
    expect(updateProductInput.parse({ price: 5 })).toEqual({ price: 5 });
    expect(updateProductInput.safeParse({ price: '5' }).success).toBe(false);
  });

  it('fills list defaults and bounds the page size', () => {
    expect(listProductsInput.parse({})).toEqual({ page: 1, pageSize: 20, sort: '-createdAt' });
    expect(listProductsInput.safeParse({ pageSize: 101 }).success).toBe(false);
    expect(listProductsInput.safeParse({ page: 0 }).success).toBe(false);
    expect(listProductsInput.safeParse({ sort: 'quantity' }).success).toBe(false);
    expect(listProductsInput.parse({ q: '  dune ', inStock: true })).toMatchObject({ q: 'dune', inStock: true });
    expect(listCategoriesInput.parse({ pageSize: 100 })).toEqual({ page: 1, pageSize: 100 });
  });

  it('bounds category names at 200 characters', () => {
    expect(createCategoryInput.safeParse({ name: 'x'.repeat(200) }).success).toBe(true);
    expect(createCategoryInput.safeParse({ name: 'x'.repeat(201) }).success).toBe(false);
  });
});
