import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../domain/shared/errors';
import { accountsFixture } from '../../../test/fixtures/accounts';

describe('SignUp', () => {
  it('creates a customer with a normalised email and an argon2id hash', async () => {
    const { signUp, users } = await accountsFixture();
    const user = await signUp.execute({ email: ' Ann@Shop.io ', password: 'correct horse' });
    expect(user).toMatchObject({ email: 'ann@shop.io', name: null, role: 'customer' });
    const stored = await users.findById(user.id);
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user).not.toHaveProperty('passwordHash');
  });

  it('refuses an email that differs only in case', async () => {
    const { signUp } = await accountsFixture();
    await signUp.execute({ email: 'ann@shop.io', password: 'correct horse' });
    await expect(signUp.execute({ email: 'ANN@shop.io', password: 'other pass' })).rejects.toMatchObject({
      code: 'EMAIL_TAKEN',
      constructor: ConflictError,
    });
  });
});
