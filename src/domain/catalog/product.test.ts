import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/errors';
import { Money } from '../shared/money';
import { type ProductDraft, changeProduct, newProduct } from './product';

const draft: ProductDraft = { name: 'Dune', price: Money.ofMajor(9.99), quantity: 3, categoryId: 1 };

function expectInvalid(changes: Partial<ProductDraft>, path: string): void {
  let thrown: unknown;
  try {
    newProduct({ ...draft, ...changes });
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toMatchObject({ constructor: ValidationError, errors: [{ path }] });
}

describe('newProduct', () => {
  it('trims the text and defaults the optional fields to null', () => {
    expect(newProduct({ ...draft, name: '  Dune ', description: ' A novel. ' })).toEqual({
      ...draft,
      name: 'Dune',
      description: 'A novel.',
      imageUrl: null,
    });
  });

  it('keeps names of 1 to 200 characters after trimming', () => {
    expect(newProduct({ ...draft, name: 'x'.repeat(200) }).name).toHaveLength(200);
    expectInvalid({ name: '   ' }, 'name');
    expectInvalid({ name: 'x'.repeat(201) }, 'name');
  });

  it('stores a blank description as null and refuses more than 5000 characters', () => {
    expect(newProduct({ ...draft, description: '  ' }).description).toBeNull();
    expect(newProduct({ ...draft, description: 'd'.repeat(5000) }).description).toHaveLength(5000);
    expectInvalid({ description: 'd'.repeat(5001) }, 'description');
  });

  it('accepts prices from 0 to 1,000,000.00', () => {
    expect(newProduct({ ...draft, price: Money.zero }).price).toBe(Money.zero);
    expect(newProduct({ ...draft, price: Money.ofMajor(1_000_000) }).price.toMajor()).toBe(1_000_000);
    expectInvalid({ price: Money.ofMinor(-1) }, 'price');
    expectInvalid({ price: Money.ofMinor(100_000_001) }, 'price');
  });

  it('accepts whole quantities from 0 to 1,000,000', () => {
    expect(newProduct({ ...draft, quantity: 0 }).quantity).toBe(0);
    expect(newProduct({ ...draft, quantity: 1_000_000 }).quantity).toBe(1_000_000);
    for (const quantity of [-1, 1_000_001, 1.5, Number.NaN]) expectInvalid({ quantity }, 'quantity');
  });

  it('needs a positive integer category id', () => {
    for (const categoryId of [0, -1, 1.5, Number.NaN]) expectInvalid({ categoryId }, 'categoryId');
  });

  it('accepts absolute http(s) image URLs only', () => {
    for (const imageUrl of ['https://cdn.shop.io/dune.png', 'http://localhost:8080/a.jpg?x=1']) {
      expect(newProduct({ ...draft, imageUrl }).imageUrl).toBe(imageUrl);
    }
    expect(newProduct({ ...draft, imageUrl: ' https://a.io/x ' }).imageUrl).toBe('https://a.io/x');
    const tooLong = `https://a.io/${'x'.repeat(2048 - 13 + 1)}`;
    for (const imageUrl of ['', '/dune.png', 'ftp://a.io/x', 'javascript:alert(1)', 'http:a.io', 'https://', tooLong]) {
      expectInvalid({ imageUrl }, 'imageUrl');
    }
    expect(newProduct({ ...draft, imageUrl: tooLong.slice(0, -1) }).imageUrl).toHaveLength(2048);
  });
});

describe('changeProduct', () => {
  const product = newProduct({ ...draft, description: 'A novel.', imageUrl: 'https://a.io/x' });

  it('keeps what is not given and clears what is given as null', () => {
    expect(changeProduct(product, { quantity: 7, description: null })).toEqual({
      ...product,
      quantity: 7,
      description: null,
    });
    expect(changeProduct(product, {})).toEqual(product);
  });

  it('guards the same invariants', () => {
    expect(() => changeProduct(product, { name: '' })).toThrow(ValidationError);
    expect(changeProduct({ ...product, quantity: 2_000_000 }, { price: Money.ofMinor(5) }).quantity).toBe(2_000_000);
    expect(() => changeProduct(product, { price: Money.ofMinor(-5) })).toThrow(ValidationError);
  });
});
