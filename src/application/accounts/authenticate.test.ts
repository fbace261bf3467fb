import { describe, expect, it } from 'vitest';
import { UnauthenticatedError } from '../../domain/shared/errors';
import { accountsFixture } from '../../../test/fixtures/accounts';

describe('Authenticate', () => {
  it('needs a token', async () => {
    const { authenticate } = await accountsFixture();
    await expect(authenticate.execute(undefined)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('refuses the token of a user who no longer exists', async () => {
    const { signUp, logIn, authenticate, users } = await accountsFixture();
    const user = await signUp.execute({ email: 'ann@shop.io', password: 'correct horse' });
    const session = await logIn.execute({ email: 'ann@shop.io', password: 'correct horse' });
    await users.delete(user.id);
    await expect(authenticate.execute(session.accessToken)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('ends every session of an account that is promoted or given a new password', async () => {
    const { signUp, logIn, refresh, authenticate, ensureAdmin } = await accountsFixture();
    await signUp.execute({ email: 'ann@shop.io', password: 'correct horse' });
    const [first, second] = [
      await logIn.execute({ email: 'ann@shop.io', password: 'correct horse' }),
      await logIn.execute({ email: 'ann@shop.io', password: 'correct horse' }),
    ];
    await ensureAdmin.execute({ email: 'ann@shop.io', password: 'new password' });

    for (const session of [first, second]) {
      await expect(authenticate.execute(session.accessToken)).rejects.toBeInstanceOf(UnauthenticatedError);
      await expect(refresh.execute({ refreshToken: session.refreshToken })).rejects.toBeInstanceOf(UnauthenticatedError);
    }
    const promoted = await logIn.execute({ email: 'ann@shop.io', password: 'new password' });
    await expect(authenticate.execute(promoted.accessToken)).resolves.toMatchObject({ role: 'admin' });
  });

  it('leaves the sessions of an admin that is already as configured, so a restart logs nobody out', async () => {
    const { logIn, authenticate, ensureAdmin } = await accountsFixture();
    await ensureAdmin.execute({ email: 'boss@shop.io', password: 'a long passphrase' });
    const session = await logIn.execute({ email: 'boss@shop.io', password: 'a long passphrase' });
    await ensureAdmin.execute({ email: 'boss@shop.io', password: 'a long passphrase' });
    await expect(authenticate.execute(session.accessToken)).resolves.toMatchObject({ role: 'admin' });
  });
});
