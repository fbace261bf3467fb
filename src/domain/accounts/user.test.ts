import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/errors';
import { assertAcceptablePassword, normalizeEmail } from './user';

describe('normalizeEmail', () => {
  it('trims and lower-cases so that comparisons ignore case', () => {
    expect(normalizeEmail('  Alice@Example.COM ')).toBe('alice@example.com');
  });

  it('rejects what is not an email address', () => {
    for (const raw of ['', 'alice', 'alice@', '@example.com', 'a b@example.com', `${'a'.repeat(250)}@x.io`]) {
      expect(() => normalizeEmail(raw)).toThrow(ValidationError);
    }
  });
});

describe('assertAcceptablePassword', () => {
  it('accepts 8 to 128 characters', () => {
    expect(() => assertAcceptablePassword('12345678')).not.toThrow();
    expect(() => assertAcceptablePassword('x'.repeat(128))).not.toThrow();
  });

  it('rejects shorter and longer passwords', () => {
    expect(() => assertAcceptablePassword('1234567')).toThrow(ValidationError);
    expect(() => assertAcceptablePassword('x'.repeat(129))).toThrow(ValidationError);
  });
});
