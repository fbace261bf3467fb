import { describe, expect, it } from 'vitest';
import { type RefreshToken, refreshTokenState } from './refresh-token';

const now = new Date('2026-01-01T12:00:00Z');
const token = (overrides: Partial<RefreshToken>): RefreshToken => ({
  id: 1,
  userId: 1,
  familyId: 'f',
  expiresAt: new Date('2026-01-02T00:00:00Z'),
  usedAt: null,
  revokedAt: null,
  ...overrides,
});

describe('refreshTokenState', () => {
  it('is active while unused, unrevoked and unexpired', () => {
    expect(refreshTokenState(token({}), now)).toBe('active');
  });

  it('reports reuse, revocation and expiry, revocation first', () => {
    expect(refreshTokenState(token({ usedAt: now }), now)).toBe('reused');
    expect(refreshTokenState(token({ usedAt: now, revokedAt: now }), now)).toBe('revoked');
    expect(refreshTokenState(token({ expiresAt: now }), now)).toBe('expired');
  });
});
