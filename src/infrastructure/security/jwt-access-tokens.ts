import { type KeyObject, createSecretKey, randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { AccessTokenClaims, AccessTokens, IssuedAccessToken, SessionRef } from '../../application/ports/access-tokens';
import { isId } from '../../application/shared/ids';
import { ROLES, type Role } from '../../domain/accounts/user';
import { UnauthenticatedError } from '../../domain/shared/errors';

export interface JwtSettings {
  secret: string;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

const ALGORITHM = 'HS256';

export class JwtAccessTokens implements AccessTokens {
  // Made once: given a string, jsonwebtoken first tries (and fails) to read it as a public key on every call.
  private readonly key: KeyObject;

  constructor(private readonly settings: JwtSettings) {
    this.key = createSecretKey(Buffer.from(settings.secret));
  }

  issue(userId: number, role: Role, session: SessionRef): IssuedAccessToken {
    const token = jwt.sign({ role, sid: session.id, ver: session.version }, this.key, {
      algorithm: ALGORITHM,
      expiresIn: this.settings.ttlSeconds,
      issuer: this.settings.issuer,
      audience: this.settings.audience,
      subject: String(userId),
      jwtid: randomUUID(),
    });
    return { token, expiresInSeconds: this.settings.ttlSeconds };
  }

  verify(token: string): AccessTokenClaims {
    let payload: string | jwt.JwtPayload;
    try {
      // Pinning the algorithm refuses `none` and any key-confusion attempt.
      payload = jwt.verify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
      });
    } catch (error) {
      const expired = error instanceof jwt.TokenExpiredError;
      throw new UnauthenticatedError(expired ? 'The access token has expired.' : 'The access token is not valid.');
    }
    return claimsOf(payload);
  }
}

// Visible ASCII that fits the column it is stored in (the ids issued here are UUIDs): anything
// else, however well signed, is refused before it is stored or looked up.
const isTokenId = (value: unknown): value is string => typeof value === 'string' && /^[\x21-\x7e]{1,64}$/.test(value);

function claimsOf(payload: string | jwt.JwtPayload): AccessTokenClaims {
  // jsonwebtoken accepts a token without `exp`; ours always carry one, so its absence is forgery.
  if (
    typeof payload === 'string' ||
    typeof payload.exp !== 'number' ||
    !isTokenId(payload.jti) ||
    !/^[1-9]\d*$/.test(payload.sub ?? '') ||
    // However well signed, a subject no user could have is refused before it reaches a query.
    !isId(Number(payload.sub)) ||
    !ROLES.includes(payload.role) ||
    !(payload.sid === undefined || isTokenId(payload.sid)) ||
    !(payload.ver === undefined || Number.isSafeInteger(payload.ver))
  ) {
    throw new UnauthenticatedError('The access token is not valid.');
  }
  return {
    userId: Number(payload.sub),
    role: payload.role as Role,
    tokenId: payload.jti,
    expiresAt: new Date(payload.exp * 1000),
    // A token without them belongs to no refresh-token family, issued before any change of credentials.
    session: { id: payload.sid as string | undefined, version: (payload.ver as number | undefined) ?? 0 },
  };
}
