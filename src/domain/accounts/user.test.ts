import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/errors';
import { acceptablePassword, normalizeEmail, normalizePassword } from './user';

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

describe('acceptablePassword', () => {
  it('accepts 8 to 128 characters', () => {
    expect(() => acceptablePassword('12345678')).not.toThrow();
    expect(() => acceptablePassword('x'.repeat(128))).not.toThrow();
  });

  it('rejects shorter and longer passwords', () => {
    expect(() => acceptablePassword('1234567')).toThrow(ValidationError);
    expect(() => acceptablePassword('x'.repeat(129))).toThrow(ValidationError);
  });

  it('counts characters, not UTF-16 units, and refuses NUL and lone surrogates', () => {
    expect(() => acceptablePassword('🔑'.repeat(128))).not.toThrow();
    expect(() => acceptablePassword('🔑'.repeat(7))).toThrow(ValidationError);
    expect(() => acceptablePassword('password\u0000')).toThrow(ValidationError);
    expect(() => acceptablePassword('password\ud800')).toThrow(ValidationError);
  });

  it('gives the password in NFC, so composed and decomposed accents are one password', () => {
    const decomposed = 'cafe\u0301-latte';
    expect(acceptablePassword(decomposed)).toBe('caf\u00e9-latte');
    expect(normalizePassword(decomposed)).toBe(normalizePassword('caf\u00e9-latte'));
  });
});
