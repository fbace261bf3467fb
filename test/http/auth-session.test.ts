import { afterAll, beforeAll, expect, it } from 'vitest';
import { PASSWORD, signUpAndLogIn, uniqueEmail } from '../support/accounts';
import { type TestApp, describeEachDatabase, startTestApp } from '../support/test-app';

describeEachDatabase('login, refresh, logout and me', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind);
  });
  afterAll(() => app?.close());

  it('logs in with the contract shape, whatever the email case', async () => {
    const email = uniqueEmail();
    await app.http.post('/auth/signup').send({ email, password: PASSWORD }).expect(201);
    const response = await app.http.post('/auth/login').send({ email: ` ${email.toUpperCase()}`, password: PASSWORD }).expect(200);
    expect(response.body).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      tokenType: 'Bearer',
      expiresIn: 900,
      user: { id: expect.any(Number), email, name: null, role: 'customer', createdAt: expect.any(String) },
    });
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const email = uniqueEmail();
    await app.http.post('/auth/signup').send({ email, password: PASSWORD }).expect(201);
    const wrongPassword = await app.http.post('/auth/login').send({ email, password: 'wrong password' }).expect(401);
    const unknownEmail = await app.http.post('/auth/login').send({ email: uniqueEmail(), password: PASSWORD }).expect(401);
    expect(wrongPassword.body).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    expect(unknownEmail.body).toEqual(wrongPassword.body);
  });

  it('serves me for a bearer token', async () => {
    const user = await signUpAndLogIn(app);
    const response = await app.http.get('/auth/me').set(user.auth).expect(200);
    expect(response.body.user).toMatchObject({ id: user.userId, email: user.email, role: 'customer' });
  });

  it('rotates refresh tokens, and a reused one revokes its whole family', async () => {
    const user = await signUpAndLogIn(app);
    const first = await app.http.post('/auth/refresh').send({ refreshToken: user.refreshToken }).expect(200);
    expect(first.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, user: { id: user.userId } });
    expect(first.body.refreshToken).not.toBe(user.refreshToken);
    await app.http.get('/auth/me').set('Authorization', `Bearer ${first.body.accessToken}`).expect(200);

    const reuse = await app.http.post('/auth/refresh').send({ refreshToken: user.refreshToken }).expect(401);
    expect(reuse.body.code).toBe('UNAUTHENTICATED');
    const successor = await app.http.post('/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(401);
    expect(successor.body.code).toBe('UNAUTHENTICATED');
  });

  it('lets only one of two concurrent refreshes with one token through', async () => {
    const user = await signUpAndLogIn(app);
    const answers = await Promise.all(
      [1, 2].map(() => app.http.post('/auth/refresh').send({ refreshToken: user.refreshToken })),
    );
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    expect(answers.every((answer) => [200, 401].includes(answer.status))).toBe(true);
  });

  it('refuses an unknown refresh token', async () => {
    const response = await app.http.post('/auth/refresh').send({ refreshToken: 'no-such-token' }).expect(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });

  it('logs out: the access token fails at once and the refresh token is revoked', async () => {
    const user = await signUpAndLogIn(app);
    await app.http.post('/auth/logout').set(user.auth).send({ refreshToken: user.refreshToken }).expect(204);
    const me = await app.http.get('/auth/me').set(user.auth).expect(401);
    expect(me.body.code).toBe('UNAUTHENTICATED');
    await app.http.post('/auth/refresh').send({ refreshToken: user.refreshToken }).expect(401);
  });

  it('answers every one of several concurrent logouts with one token', async () => {
    const user = await signUpAndLogIn(app);
    const answers = await Promise.all([1, 2, 3, 4].map(() => app.http.post('/auth/logout').set(user.auth)));
    for (const answer of answers) expect([204, 401]).toContain(answer.status);
    expect(answers.some((answer) => answer.status === 204)).toBe(true);
    await app.http.get('/auth/me').set(user.auth).expect(401);
  });

  it('logs out without a body, ending the session its refresh token belongs to', async () => {
    const user = await signUpAndLogIn(app);
    await app.http.post('/auth/logout').set(user.auth).expect(204);
    await app.http.get('/auth/me').set(user.auth).expect(401);
    await app.http.post('/auth/refresh').send({ refreshToken: user.refreshToken }).expect(401);
  });

  it('ends every session of an account promoted to admin with a new password at start-up', async () => {
    const user = await signUpAndLogIn(app);
    await app.application.ensureAdmin({ email: user.email, password: 'a new long passphrase' });
    const me = await app.http.get('/auth/me').set(user.auth).expect(401);
    expect(me.body.code).toBe('UNAUTHENTICATED');
    await app.http.post('/auth/refresh').send({ refreshToken: user.refreshToken }).expect(401);
    const promoted = await app.http.post('/auth/login').send({ email: user.email, password: 'a new long passphrase' }).expect(200);
    expect(promoted.body.user.role).toBe('admin');
  });

  it('needs a bearer token to log out', async () => {
    const response = await app.http.post('/auth/logout').send({}).expect(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });
});
