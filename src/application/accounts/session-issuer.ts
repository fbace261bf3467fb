import { randomUUID } from 'node:crypto';
import { inject, injectable } from 'tsyringe';
import type { User } from '../../domain/accounts/user';
import { AccessTokens } from '../ports/access-tokens';
import { Clock } from '../ports/clock';
import { OpaqueTokens } from '../ports/opaque-tokens';
import { RefreshTokenRepository } from '../ports/refresh-token-repository';
import type { SessionView } from './session-view';
import { toUserView } from './user-view';

export const RefreshTokenTtlSeconds = Symbol('RefreshTokenTtlSeconds');

/** Hands out an access token and the next refresh token of a family (a new family on login). */
@injectable()
export class SessionIssuer {
  constructor(
    @inject(AccessTokens) private readonly accessTokens: AccessTokens,
    @inject(OpaqueTokens) private readonly opaqueTokens: OpaqueTokens,
    @inject(RefreshTokenRepository) private readonly refreshTokens: RefreshTokenRepository,
    @inject(Clock) private readonly clock: Clock,
    @inject(RefreshTokenTtlSeconds) private readonly refreshTtlSeconds: number,
  ) {}

  async issue(user: User, familyId: string = randomUUID()): Promise<SessionView> {
    const refresh = this.opaqueTokens.create();
    await this.refreshTokens.create({
      userId: user.id,
      familyId,
      digest: refresh.digest,
      expiresAt: new Date(this.clock.now().getTime() + this.refreshTtlSeconds * 1000),
    });
    const access = this.accessTokens.issue(user.id, user.role, { id: familyId, version: user.sessionVersion });
    return {
      accessToken: access.token,
      refreshToken: refresh.value,
      tokenType: 'Bearer',
      expiresIn: access.expiresInSeconds,
      user: toUserView(user),
    };
  }
}
