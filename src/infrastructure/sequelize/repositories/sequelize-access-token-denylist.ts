import { Op } from 'sequelize';
import { inject, injectable } from 'tsyringe';
import type { AccessTokenDenylist } from '../../../application/ports/access-token-denylist';
import { Database } from '../database';

@injectable()
export class SequelizeAccessTokenDenylist implements AccessTokenDenylist {
  constructor(@inject(Database) private readonly db: Database) {}

  async revoke(tokenId: string, expiresAt: Date, now: Date): Promise<void> {
    const model = this.db.models.RevokedAccessToken;
    await model.destroy({ where: { expiresAt: { [Op.lt]: now } }, ...this.db.scope() });
    // Two logouts with one token may race here: the second insert is a no-op, not a failure.
    await model.bulkCreate([{ jti: tokenId, expiresAt }], { ignoreDuplicates: true, ...this.db.scope() });
  }

  async isRevoked(tokenId: string): Promise<boolean> {
    // Asked on every authenticated request, so sent as written, on a read connection.
    const rows = await this.db.reader.select<{ jti: string }>('SELECT jti FROM revoked_access_tokens WHERE jti = ?', [tokenId]);
    return rows.length > 0;
  }
}
