import { describe, expect, it } from 'vitest';
import { UnauthenticatedError } from '../../domain/shared/errors';
import { REFRESH_TTL_SECONDS, accountsFixture } from '../../../test/fixtures/accounts';

async function loggedIn() {
  const fixture = await accountsFixture();
  await fixture.signUp.execute({ email: 'ann@shop.io', password: 'correct horse' });
  const session = await fixture.logIn.execute({ email: 'ann@shop.io', password: 'correct horse' });
  return { ...fixture, session };
}

describe('RefreshSession', () => {
  it('rotates: each refresh returns a new refresh token and a working access token', async () => {
    const { refresh, authenticate, session } = await loggedIn();
    const next = await refresh.execute({ refreshToken: session.refreshToken });
    expect(next.refreshToken).not.toBe(session.refreshToken);
    await expect(authenticate.execute(next.accessToken)).resolves.toMatchObject({ userId: session.user.id });
    await expect(refresh.execute({ refreshToken: next.refreshToken })).resolves.toMatchObject({ tokenType: 'Bearer' });
  });

  it('treats a reused token as theft and revokes the whole family', async () => {
    const { refresh, session } = await loggedIn();
    const next = await refresh.execute({ refreshToken: session.refreshToken });
    await expect(refresh.execute({ refreshToken: session.refreshToken })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(refresh.execute({ refreshToken: next.refreshToken })).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('leaves other families alone', async () => {
    const { refresh, logIn, session } = await loggedIn();
    const other = await logIn.execute({ email: 'ann@shop.io', password: 'correct horse' });
    await refresh.execute({ refreshToken: session.refreshToken });
    await expect(refresh.execute({ refreshToken: session.refreshToken })).rejects.toThrow();
    await expect(refresh.execute({ refreshToken: other.refreshToken })).resolves.toMatchObject({ tokenType: 'Bearer' });
  });

  it('refuses unknown and expired tokens', async () => {
    const { refresh, clock, session } = await loggedIn();
    await expect(refresh.execute({ refreshToken: 'made-up' })).rejects.toBeInstanceOf(UnauthenticatedError);
    clock.advanceSeconds(REFRESH_TTL_SECONDS + 1);
    await expect(refresh.execute({ refreshToken: session.refreshToken })).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
