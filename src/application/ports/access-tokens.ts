import type { Role } from '../../domain/accounts/user';

/** The session an access token belongs to: its refresh-token family, and the user's session version then. */
export interface SessionRef {
  id?: string;
  version: number;
}

export interface AccessTokenClaims {
  userId: number;
  role: Role;
  tokenId: string;
  expiresAt: Date;
  session: SessionRef;
}

export interface IssuedAccessToken {
  token: string;
  expiresInSeconds: number;
}

/** Signs and verifies short-lived access tokens; `verify` throws UnauthenticatedError. */
export interface AccessTokens {
  issue(userId: number, role: Role, session: SessionRef): IssuedAccessToken;
  verify(token: string): AccessTokenClaims;
}
export const AccessTokens = Symbol('AccessTokens');
