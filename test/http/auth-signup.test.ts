import { afterAll, beforeAll, expect, it } from 'vitest';
import { PASSWORD, uniqueEmail } from '../support/accounts';
import { type TestApp, describeEachDatabase, startTestApp } from '../support/test-app';

describeEachDatabase('POST /auth/signup', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind);
  });
  afterAll(() => app?.close());

  it('creates a customer and answers with the public user only', async () => {
    const email = uniqueEmail();
    const response = await app.http.post('/auth/signup').send({ email, password: PASSWORD, name: 'Ann' }).expect(201);
    expect(response.body).toEqual({
      user: { id: expect.any(Number), email, name: 'Ann', role: 'customer', createdAt: expect.any(String) },
    });
    expect(new Date(response.body.user.createdAt).toISOString()).toBe(response.body.user.createdAt);
  });

  it('ignores a role, id or other unknown field in the body', async () => {
    const email = uniqueEmail();
    const response = await app.http
      .post('/auth/signup')
      .send({ email, password: PASSWORD, role: 'admin', id: 999_999, passwordHash: 'x' })
      .expect(201);
    expect(response.body.user.role).toBe('customer');
    expect(response.body.user.id).not.toBe(999_999);
    const me = await app.http.post('/auth/login').send({ email, password: PASSWORD }).expect(200);
    expect(me.body.user.role).toBe('customer');
  });

  it('trims the email and treats its case as insignificant', async () => {
    const email = uniqueEmail();
    const response = await app.http.post('/auth/signup').send({ email: `  ${email.toUpperCase()} `, password: PASSWORD }).expect(201);
    expect(response.body.user.email).toBe(email);
    const taken = await app.http.post('/auth/signup').send({ email: email.replace(/^u/, 'U'), password: PASSWORD }).expect(409);
    expect(taken.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(taken.body).toMatchObject({ status: 409, code: 'EMAIL_TAKEN' });
  });

  it.each([
    ['a short password', { password: '1234567' }, 'password'],
    ['a long password', { password: 'x'.repeat(129) }, 'password'],
    ['a malformed email', { email: 'not-an-email' }, 'email'],
    ['a long email', { email: `${'a'.repeat(250)}@x.io` }, 'email'],
    ['a number as password', { password: 12345678 }, 'password'],
    ['a missing email', { email: undefined }, 'email'],
  ])('refuses %s with a validation problem naming the field', async (_, override, path) => {
    const response = await app.http
      .post('/auth/signup')
      .send({ email: uniqueEmail(), password: PASSWORD, ...override })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', title: 'Bad Request' });
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  });

  it('stores nothing when the input is refused', async () => {
    const email = uniqueEmail();
    await app.http.post('/auth/signup').send({ email, password: 'short' }).expect(400);
    await app.http.post('/auth/signup').send({ email, password: PASSWORD }).expect(201);
  });

  it('keeps the password hash in argon2id form, never in a response', async () => {
    const email = uniqueEmail();
    const signup = await app.http.post('/auth/signup').send({ email, password: PASSWORD }).expect(201);
    const [rows] = await app.application.database.sequelize.query(
      `SELECT password_hash FROM users WHERE email = '${email}'`,
    );
    const hash = (rows as { password_hash: string }[])[0]!.password_hash;
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const login = await app.http.post('/auth/login').send({ email, password: PASSWORD });
    for (const body of [signup.text, login.text]) {
      expect(body).not.toContain(hash);
      expect(body).not.toMatch(/password/i);
    }
  });
});
