import type { RefreshToken } from '../../domain/accounts/refresh-token';

export interface NewRefreshToken {
  userId: number;
  familyId: string;
  digest: string;
  expiresAt: Date;
}

export interface RefreshTokenRepository {
  create(token: NewRefreshToken): Promise<void>;
  findByDigest(digest: string): Promise<RefreshToken | null>;
  /** Marks the token used unless it already was; false when another use got there first. */
  markUsed(id: number, at: Date): Promise<boolean>;
  revokeFamily(familyId: string, at: Date): Promise<void>;
  /** Revokes every family of the user: all of their sessions end. */
  revokeAllOfUser(userId: number, at: Date): Promise<void>;
}
export const RefreshTokenRepository = Symbol('RefreshTokenRepository');
