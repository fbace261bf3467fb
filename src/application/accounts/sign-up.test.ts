import { describe, expect, it } from 'vitest';
import { ConflictError, RateLimitedError } from '../../domain/shared/errors';
import { accountsFixture, client } from './accounts.fixture';

describe('SignUp', () => {
  it('creates a customer with a normalised email and an argon2id hash', async () => {
    const { signUp, users } = await accountsFixture();
    const user = await signUp.execute({ email: ' Ann@Shop.io ', password: 'correct horse' }, client);
    expect(user).toMatchObject({ email: 'ann@shop.io', name: null, role: 'customer' });
    const stored = await users.findById(user.id);
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user).not.toHaveProperty('passwordHash');
  });

  it('refuses an email that differs only in case', async () => {
    const { signUp } = await accountsFixture();
    await signUp.execute({ email: 'ann@shop.io', password: 'correct horse' }, client);
    await expect(signUp.execute({ email: 'ANN@shop.io', password: 'other pass' }, client)).rejects.toMatchObject({
      code: 'EMAIL_TAKEN',
      constructor: ConflictError,
    });
  });

  it('is limited per client address', async () => {
    const { signUp } = await accountsFixture({ perIp: 2, failures: 3 });
    await signUp.execute({ email: 'a@shop.io', password: 'password1' }, client);
    await signUp.execute({ email: 'b@shop.io', password: 'password1' }, client);
    await expect(signUp.execute({ email: 'c@shop.io', password: 'password1' }, client)).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    await expect(signUp.execute({ email: 'c@shop.io', password: 'password1' }, { ip: '198.51.100.1' })).resolves.toMatchObject({
      email: 'c@shop.io',
    });
  });
});
