import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/errors';
import { categoryNameKey, changeCategory, newCategory } from './category';

describe('newCategory', () => {
  it('trims the name and turns a blank description into null', () => {
    expect(newCategory({ name: ' Books ', description: '  ' })).toEqual({ name: 'Books', description: null });
    expect(newCategory({ name: 'Books' })).toEqual({ name: 'Books', description: null });
    expect(newCategory({ name: 'Books', description: ' Paper. ' }).description).toBe('Paper.');
  });

  it('keeps names of 1 to 200 characters after trimming', () => {
    expect(newCategory({ name: 'x'.repeat(200) }).name).toHaveLength(200);
    for (const name of ['', '   ', 'x'.repeat(201)]) {
      expect(() => newCategory({ name })).toThrow(ValidationError);
    }
  });

  it('refuses a description over 5000 characters', () => {
    expect(newCategory({ name: 'B', description: 'd'.repeat(5000) }).description).toHaveLength(5000);
    expect(() => newCategory({ name: 'B', description: 'd'.repeat(5001) })).toThrow(
      expect.objectContaining({ errors: [{ path: 'description', message: expect.any(String) }] }),
    );
  });
});

describe('changeCategory', () => {
  it('keeps what is not given and clears a description given as null', () => {
    const category = { name: 'Books', description: 'Paper.' };
    expect(changeCategory(category, { name: 'Novels' })).toEqual({ name: 'Novels', description: 'Paper.' });
    expect(changeCategory(category, { description: null })).toEqual({ name: 'Books', description: null });
    expect(() => changeCategory(category, { name: ' ' })).toThrow(ValidationError);
  });
});

describe('categoryNameKey', () => {
  it('ignores case and surrounding spaces', () => {
    expect(categoryNameKey(' Science Fiction ')).toBe(categoryNameKey('science FICTION'));
  });
});
