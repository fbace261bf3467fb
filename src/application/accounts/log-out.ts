import { inject, injectable } from 'tsyringe';
import { AccessTokenDenylist } from '../ports/access-token-denylist';
import { Clock } from '../ports/clock';
import { OpaqueTokens } from '../ports/opaque-tokens';
import { RefreshTokenRepository } from '../ports/refresh-token-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import type { Actor } from '../shared/actor';
import type { LogOutInput } from './schemas';

@injectable()
export class LogOut {
  constructor(
    @inject(AccessTokenDenylist) private readonly denylist: AccessTokenDenylist,
    @inject(RefreshTokenRepository) private readonly refreshTokens: RefreshTokenRepository,
    @inject(OpaqueTokens) private readonly opaqueTokens: OpaqueTokens,
    @inject(Clock) private readonly clock: Clock,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  async execute(input: LogOutInput, actor: Actor): Promise<void> {
    const now = this.clock.now();
    await this.uow.run(async () => {
      await this.denylist.revoke(actor.tokenId, actor.tokenExpiresAt, now);
      if (actor.sessionId) await this.refreshTokens.revokeFamily(actor.sessionId, now);
      if (!input.refreshToken) return;
      const token = await this.refreshTokens.findByDigest(this.opaqueTokens.digest(input.refreshToken));
      // Someone else's token is left alone: presenting it proves nothing about this session.
      if (token?.userId === actor.userId) await this.refreshTokens.revokeFamily(token.familyId, now);
    });
  }
}
