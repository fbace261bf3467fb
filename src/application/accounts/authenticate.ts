import { inject, injectable } from 'tsyringe';
import { UnauthenticatedError } from '../../domain/shared/errors';
import { AccessTokenDenylist } from '../ports/access-token-denylist';
import { AccessTokens } from '../ports/access-tokens';
import { UserRepository } from '../ports/user-repository';
import type { Actor } from '../shared/actor';

/** Turns a bearer token into the actor it proves, or throws UnauthenticatedError. */
@injectable()
export class Authenticate {
  constructor(
    @inject(AccessTokens) private readonly accessTokens: AccessTokens,
    @inject(AccessTokenDenylist) private readonly denylist: AccessTokenDenylist,
    @inject(UserRepository) private readonly users: UserRepository,
  ) {}

  async execute(bearerToken: string | undefined): Promise<Actor> {
    if (!bearerToken) throw new UnauthenticatedError();
    const claims = this.accessTokens.verify(bearerToken);
    const [revoked, user] = await Promise.all([
      this.denylist.isRevoked(claims.tokenId),
      this.users.findById(claims.userId),
    ]);
    if (revoked) throw new UnauthenticatedError('The access token has been revoked.');
    if (!user) throw new UnauthenticatedError('The access token belongs to no user.');
    if (user.sessionVersion !== claims.session.version) throw new UnauthenticatedError('The session has ended.');
    // The stored role wins over the token's, so a demotion takes effect at once.
    return {
      userId: user.id,
      role: user.role,
      tokenId: claims.tokenId,
      tokenExpiresAt: claims.expiresAt,
      sessionId: claims.session.id,
    };
  }
}
