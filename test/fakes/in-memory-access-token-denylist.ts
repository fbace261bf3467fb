import type { AccessTokenDenylist } from '../../src/application/ports/access-token-denylist';

export class InMemoryAccessTokenDenylist implements AccessTokenDenylist {
  private readonly revoked = new Map<string, Date>();

  async revoke(tokenId: string, expiresAt: Date, now: Date): Promise<void> {
    for (const [id, expiry] of this.revoked) if (expiry < now) this.revoked.delete(id);
    this.revoked.set(tokenId, expiresAt);
  }

  async isRevoked(tokenId: string): Promise<boolean> {
    return this.revoked.has(tokenId);
  }
}
