/** Access tokens revoked before they expire (by logout), remembered until they would expire. */
export interface AccessTokenDenylist {
  /** Also forgets entries whose tokens have expired by `now`. */
  revoke(tokenId: string, expiresAt: Date, now: Date): Promise<void>;
  isRevoked(tokenId: string): Promise<boolean>;
}
export const AccessTokenDenylist = Symbol('AccessTokenDenylist');
