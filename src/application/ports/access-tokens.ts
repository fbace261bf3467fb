import type { Role } from '../../domain/accounts/user';

export interface AccessTokenClaims {
  userId: number;
  role: Role;
  tokenId: string;
  expiresAt: Date;
}

export interface IssuedAccessToken {
  token: string;
  expiresInSeconds: number;
}

/** Signs and verifies short-lived access tokens; `verify` throws UnauthenticatedError. */
export interface AccessTokens {
  issue(userId: number, role: Role): IssuedAccessToken;
  verify(token: string): AccessTokenClaims;
}
export const AccessTokens = Symbol('AccessTokens');
