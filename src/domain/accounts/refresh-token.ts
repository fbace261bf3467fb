/**
 * A stored refresh token. Tokens descend from one login in a family; using a token marks it used
 * and issues its successor, so a used token presented again means it was stolen.
 */
export interface RefreshToken {
  id: number;
  userId: number;
  familyId: string;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

export type RefreshTokenState = 'active' | 'reused' | 'revoked' | 'expired';

export function refreshTokenState(token: RefreshToken, now: Date): RefreshTokenState {
  if (token.revokedAt) return 'revoked';
  if (token.usedAt) return 'reused';
  if (token.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}
