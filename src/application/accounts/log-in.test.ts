import { describe, expect, it } from 'vitest';
import { InvalidCredentialsError, RateLimitedError, ServiceUnavailableError } from '../../domain/shared/errors';
import { accountsFixture } from '../../../test/fixtures/accounts';

const ann = { email: 'ann@shop.io', password: 'correct horse' };

describe('LogIn', () => {
  it('returns a session for the right password, whatever the email case', async () => {
    const { signUp, logIn, authenticate } = await accountsFixture();
    await signUp.execute(ann);
    const session = await logIn.execute({ email: 'ANN@shop.io', password: ann.password });
    expect(session).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, user: { email: 'ann@shop.io' } });
    expect(session.refreshToken).toMatch(/^[\w-]{43}$/);
    await expect(authenticate.execute(session.accessToken)).resolves.toMatchObject({ userId: session.user.id });
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const { signUp, logIn } = await accountsFixture();
    await signUp.execute(ann);
    const failures = await Promise.all([
      logIn.execute({ ...ann, password: 'wrong horse' }).catch((error: unknown) => error),
      logIn.execute({ ...ann, email: 'nobody@shop.io' }).catch((error: unknown) => error),
    ]);
    for (const failure of failures) expect(failure).toBeInstanceOf(InvalidCredentialsError);
    expect((failures[0] as Error).message).toBe((failures[1] as Error).message);
  });

  it('locks an account after too many failures, even for the right password', async () => {
    const { signUp, logIn } = await accountsFixture({ perIp: 1000, failures: 3 });
    await signUp.execute(ann);
    for (let attempt = 0; attempt < 3; attempt++) {
      await expect(logIn.execute({ ...ann, password: 'wrong horse' })).rejects.toBeInstanceOf(InvalidCredentialsError);
    }
    await expect(logIn.execute(ann)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('counts parallel guesses before verifying them, so none slips past the limit', async () => {
    const { signUp, logIn } = await accountsFixture({ perIp: 1000, failures: 3 });
    await signUp.execute(ann);
    const guesses = await Promise.all(
      Array.from({ length: 8 }, () => logIn.execute({ ...ann, password: 'wrong horse' }).catch((error: unknown) => error)),
    );
    expect(guesses.filter((guess) => guess instanceof InvalidCredentialsError)).toHaveLength(3);
    expect(guesses.filter((guess) => guess instanceof RateLimitedError)).toHaveLength(5);
  });

  it('does not count attempts the database could not answer against the account', async () => {
    const { signUp, logIn, users } = await accountsFixture();
    await signUp.execute(ann);
    const findByEmail = users.findByEmail.bind(users);
    users.findByEmail = () => Promise.reject(new ServiceUnavailableError());
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(logIn.execute(ann)).rejects.toBeInstanceOf(ServiceUnavailableError);
    }
    users.findByEmail = findByEmail;
    await expect(logIn.execute(ann)).resolves.toMatchObject({ tokenType: 'Bearer' });
  });

  it('forgets earlier failures after a success', async () => {
    const { signUp, logIn } = await accountsFixture({ perIp: 1000, failures: 3 });
    await signUp.execute(ann);
    for (let round = 0; round < 2; round++) {
      await expect(logIn.execute({ ...ann, password: 'wrong horse' })).rejects.toThrow();
      await expect(logIn.execute({ ...ann, password: 'wrong horse' })).rejects.toThrow();
      await expect(logIn.execute(ann)).resolves.toMatchObject({ tokenType: 'Bearer' });
    }
  });
});
