import { InMemoryAccessTokenDenylist } from '../../infrastructure/memory/in-memory-access-token-denylist';
import { InMemoryRefreshTokenRepository } from '../../infrastructure/memory/in-memory-refresh-token-repository';
import { InMemoryUnitOfWork } from '../../infrastructure/memory/in-memory-unit-of-work';
import { InMemoryUserRepository } from '../../infrastructure/memory/in-memory-user-repository';
import { ManualClock } from '../../infrastructure/memory/manual-clock';
import { Argon2PasswordHasher } from '../../infrastructure/security/argon2-password-hasher';
import { JwtAccessTokens } from '../../infrastructure/security/jwt-access-tokens';
import { MemoryAttemptLimiter } from '../../infrastructure/security/memory-attempt-limiter';
import { RandomOpaqueTokens } from '../../infrastructure/security/random-opaque-tokens';
import { AdmitAuthRequest } from './admit-auth-request';
import { Authenticate } from './authenticate';
import { EnsureAdmin } from './ensure-admin';
import { GetCurrentUser } from './get-current-user';
import { LogIn } from './log-in';
import { LogOut } from './log-out';
import { RefreshSession } from './refresh-session';
import { SessionIssuer } from './session-issuer';
import { SignUp } from './sign-up';

export const REFRESH_TTL_SECONDS = 3600;

/** The account use cases wired to in-memory adapters, as the container wires them to real ones. */
export async function accountsFixture(limits = { perIp: 1000, failures: 3 }) {
  const users = new InMemoryUserRepository();
  const refreshTokens = new InMemoryRefreshTokenRepository();
  const denylist = new InMemoryAccessTokenDenylist();
  const uow = new InMemoryUnitOfWork();
  const clock = new ManualClock();
  const hasher = new Argon2PasswordHasher();
  const opaque = new RandomOpaqueTokens();
  const accessTokens = new JwtAccessTokens({ secret: 'k'.repeat(32), issuer: 'i', audience: 'a', ttlSeconds: 900 });
  const requestLimiter = new MemoryAttemptLimiter(limits.perIp, 60);
  const failureLimiter = new MemoryAttemptLimiter(limits.failures, 900);
  const sessions = new SessionIssuer(accessTokens, opaque, refreshTokens, clock, REFRESH_TTL_SECONDS);
  const decoyHash = await hasher.hash('decoy-password');

  return {
    users,
    refreshTokens,
    clock,
    admit: new AdmitAuthRequest(requestLimiter),
    signUp: new SignUp(users, hasher, uow),
    logIn: new LogIn(users, hasher, sessions, failureLimiter, uow, decoyHash),
    refresh: new RefreshSession(refreshTokens, users, opaque, sessions, clock, uow),
    logOut: new LogOut(denylist, refreshTokens, opaque, clock, uow),
    authenticate: new Authenticate(accessTokens, denylist, users),
    me: new GetCurrentUser(users),
    ensureAdmin: new EnsureAdmin(users, hasher, uow),
  };
}
