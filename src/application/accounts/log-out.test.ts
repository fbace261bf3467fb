import { describe, expect, it } from 'vitest';
import { UnauthenticatedError } from '../../domain/shared/errors';
import { accountsFixture } from '../../../test/fixtures/accounts';

async function loggedIn(email = 'ann@shop.io') {
  const fixture = await accountsFixture();
  await fixture.signUp.execute({ email, password: 'correct horse' });
  const session = await fixture.logIn.execute({ email, password: 'correct horse' });
  return { ...fixture, session };
}

describe('LogOut', () => {
  it('revokes the access token at once and the refresh token with it', async () => {
    const { logOut, authenticate, refresh, session } = await loggedIn();
    const actor = await authenticate.execute(session.accessToken);
    await logOut.execute({ refreshToken: session.refreshToken }, actor);
    await expect(authenticate.execute(session.accessToken)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(refresh.execute({ refreshToken: session.refreshToken })).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('ends the whole session without being told its refresh token, and no other session', async () => {
    const { logOut, authenticate, refresh, logIn, session } = await loggedIn();
    const other = await logIn.execute({ email: 'ann@shop.io', password: 'correct horse' });
    const rotated = await refresh.execute({ refreshToken: session.refreshToken });
    await logOut.execute({}, await authenticate.execute(rotated.accessToken));
    await expect(refresh.execute({ refreshToken: rotated.refreshToken })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(refresh.execute({ refreshToken: other.refreshToken })).resolves.toMatchObject({ tokenType: 'Bearer' });
  });

  it("does not revoke someone else's refresh token", async () => {
    const { logOut, authenticate, refresh, signUp, logIn, session } = await loggedIn();
    await signUp.execute({ email: 'bob@shop.io', password: 'correct horse' });
    const bob = await logIn.execute({ email: 'bob@shop.io', password: 'correct horse' });
    await logOut.execute({ refreshToken: bob.refreshToken }, await authenticate.execute(session.accessToken));
    await expect(refresh.execute({ refreshToken: bob.refreshToken })).resolves.toMatchObject({ tokenType: 'Bearer' });
  });
});
