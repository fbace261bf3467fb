import { TRPCClientError } from '@trpc/client';
import { expect, it } from 'vitest';
import type { AppRouter } from '../../src/interfaces/trpc';
import { PASSWORD, uniqueEmail } from '../support/accounts';
import { describeEachDatabase } from '../support/test-app';
import { listeningApp } from '../support/trpc-client';

async function failureOf(promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCClientError);
  return error as TRPCClientError<AppRouter>;
}

describeEachDatabase('tRPC auth.*', (kind) => {
  const suite = listeningApp(kind);

  it('signs up, logs in, reads me, refreshes and logs out over a real client', async () => {
    const anonymous = suite.server.client();
    const email = uniqueEmail();
    const { user } = await anonymous.auth.signup.mutate({ email, password: PASSWORD, name: 'Tess' });
    expect(user).toMatchObject({ email, name: 'Tess', role: 'customer' });

    const session = await anonymous.auth.login.mutate({ email, password: PASSWORD });
    expect(session).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, user: { id: user.id } });
    await expect(suite.server.client(session.accessToken).auth.me.query()).resolves.toEqual({ user });

    const rotated = await anonymous.auth.refresh.mutate({ refreshToken: session.refreshToken });
    expect(rotated.refreshToken).not.toBe(session.refreshToken);

    const signedIn = suite.server.client(rotated.accessToken);
    await signedIn.auth.logout.mutate({ refreshToken: rotated.refreshToken });
    const afterLogout = await failureOf(signedIn.auth.me.query());
    expect(afterLogout.data).toMatchObject({ code: 'UNAUTHORIZED', httpStatus: 401, appCode: 'UNAUTHENTICATED' });
  });

  it('maps domain errors to tRPC codes with the REST code as appCode', async () => {
    const anonymous = suite.server.client();
    const email = uniqueEmail();
    await anonymous.auth.signup.mutate({ email, password: PASSWORD });
    const taken = await failureOf(anonymous.auth.signup.mutate({ email, password: PASSWORD }));
    expect(taken.data).toMatchObject({ code: 'CONFLICT', httpStatus: 409, appCode: 'EMAIL_TAKEN' });

    const wrong = await failureOf(anonymous.auth.login.mutate({ email, password: 'wrong password' }));
    expect(wrong.data).toMatchObject({ code: 'UNAUTHORIZED', appCode: 'INVALID_CREDENTIALS' });
  });

  it('reports validation failures with the field list', async () => {
    const invalid = await failureOf(suite.server.client().auth.signup.mutate({ email: 'nope', password: 'short' }));
    expect(invalid.data).toMatchObject({ code: 'BAD_REQUEST', httpStatus: 400, appCode: 'VALIDATION_FAILED' });
    const paths = (invalid.data as { errors: { path: string }[] }).errors.map((error) => error.path).sort();
    expect(paths).toEqual(['email', 'password']);
  });

  it('answers malformed JSON with MALFORMED_JSON, as REST does', async () => {
    const response = await fetch(`${suite.server.url}/auth.login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"email":',
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { data: unknown } };
    expect(error.data).toMatchObject({ code: 'BAD_REQUEST', appCode: 'MALFORMED_JSON' });
  });

  it('answers a body over 100 KiB with PAYLOAD_TOO_LARGE', async () => {
    const response = await fetch(`${suite.server.url}/auth.signup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: uniqueEmail(), password: PASSWORD, name: 'x'.repeat(101 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { data: unknown } }).error.data).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', appCode: 'PAYLOAD_TOO_LARGE' });
  });
});
