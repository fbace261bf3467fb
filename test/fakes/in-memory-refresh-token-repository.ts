import type { NewRefreshToken, RefreshTokenRepository } from '../../src/application/ports/refresh-token-repository';
import type { RefreshToken } from '../../src/domain/accounts/refresh-token';

export class InMemoryRefreshTokenRepository implements RefreshTokenRepository {
  private readonly tokens: (RefreshToken & { digest: string })[] = [];

  async create(token: NewRefreshToken): Promise<void> {
    this.tokens.push({ ...token, id: this.tokens.length + 1, usedAt: null, revokedAt: null });
  }

  async findByDigest(digest: string): Promise<RefreshToken | null> {
    const token = this.tokens.find((candidate) => candidate.digest === digest);
    if (!token) return null;
    const { digest: _digest, ...rest } = token;
    return rest;
  }

  async markUsed(id: number, at: Date): Promise<boolean> {
    const token = this.tokens.find((candidate) => candidate.id === id);
    if (!token || token.usedAt) return false;
    token.usedAt = at;
    return true;
  }

  async revokeFamily(familyId: string, at: Date): Promise<void> {
    for (const token of this.tokens) if (token.familyId === familyId) token.revokedAt ??= at;
  }

  async revokeAllOfUser(userId: number, at: Date): Promise<void> {
    for (const token of this.tokens) if (token.userId === userId) token.revokedAt ??= at;
  }
}
