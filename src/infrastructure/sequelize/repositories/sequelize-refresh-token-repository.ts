import { inject, injectable } from 'tsyringe';
import type {
  NewRefreshToken,
  RefreshTokenRepository,
} from '../../../application/ports/refresh-token-repository';
import type { RefreshToken } from '../../../domain/accounts/refresh-token';
import { Database } from '../database';

@injectable()
export class SequelizeRefreshTokenRepository implements RefreshTokenRepository {
  constructor(@inject(Database) private readonly db: Database) {}

  async create(token: NewRefreshToken): Promise<void> {
    const { digest, ...rest } = token;
    await this.db.models.RefreshToken.create(
      { ...rest, tokenDigest: digest, usedAt: null, revokedAt: null },
      this.db.scope(),
    );
  }

  async findByDigest(digest: string): Promise<RefreshToken | null> {
    const row = await this.db.models.RefreshToken.findOne({ where: { tokenDigest: digest }, ...this.db.scope() });
    if (!row) return null;
    const { id, userId, familyId, expiresAt, usedAt, revokedAt } = row;
    return { id, userId, familyId, expiresAt, usedAt, revokedAt };
  }

  async markUsed(id: number, at: Date): Promise<boolean> {
    const [changed] = await this.db.models.RefreshToken.update(
      { usedAt: at },
      { where: { id, usedAt: null }, ...this.db.scope() },
    );
    return changed === 1;
  }

  async revokeFamily(familyId: string, at: Date): Promise<void> {
    await this.db.models.RefreshToken.update(
      { revokedAt: at },
      { where: { familyId, revokedAt: null }, ...this.db.scope() },
    );
  }

  async revokeAllOfUser(userId: number, at: Date): Promise<void> {
    await this.db.models.RefreshToken.update(
      { revokedAt: at },
      { where: { userId, revokedAt: null }, ...this.db.scope() },
    );
  }
}
