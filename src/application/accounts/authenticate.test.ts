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

  it('takes the role from the account, so a promotion applies to existing tokens', async () => {
    const { signUp, logIn, authenticate, ensureAdmin } = await accountsFixture();
    await signUp.execute({ email: 'ann@shop.io', password: 'correct horse' });
    const session = await logIn.execute({ email: 'ann@shop.io', password: 'correct horse' });
    await ensureAdmin.execute({ email: 'ann@shop.io', password: 'new password' });
    await expect(authenticate.execute(session.accessToken)).resolves.toMatchObject({ role: 'admin' });
  });
});
