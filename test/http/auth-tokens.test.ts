import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type SignedIn, signUpAndLogIn } from '../support/accounts';
import { TEST_JWT_SECRET, type TestApp, describeEachDatabase, startTestApp } from '../support/test-app';

const nowSeconds = () => Math.floor(Date.now() / 1000);

describeEachDatabase('access tokens', (kind) => {
  let app: TestApp;
  let user: SignedIn;
  beforeAll(async () => {
    app = await startTestApp(kind);
    user = await signUpAndLogIn(app);
  });
  afterAll(() => app?.close());

  const claims = () => ({ sub: String(user.userId), role: 'customer', jti: `forged-${Math.random()}` });
  const sign = (payload: object, options: jwt.SignOptions = {}, secret = TEST_JWT_SECRET) =>
    jwt.sign(payload, secret, { algorithm: 'HS256', issuer: 'storefront', audience: 'storefront-api', ...options });

  it('accepts a token signed as the contract says', async () => {
    await app.http.get('/auth/me').set('Authorization', `Bearer ${sign(claims(), { expiresIn: 60 })}`).expect(200);
  });

  it('carries sub, role, jti, iat, exp, iss and aud, signed with HS256', () => {
    const decoded = jwt.verify(user.accessToken, TEST_JWT_SECRET, { algorithms: ['HS256'], complete: true });
    expect(decoded.header.alg).toBe('HS256');
    expect(decoded.payload).toMatchObject({
      sub: String(user.userId),
      role: 'customer',
      iss: 'storefront',
      aud: 'storefront-api',
      jti: expect.any(String),
      iat: expect.any(Number),
      exp: expect.any(Number),
    });
  });

  it.each([
    ['no header', () => undefined],
    ['a header that is not Bearer', () => `Basic ${Buffer.from('a:b').toString('base64')}`],
    ['garbage', () => 'Bearer not-a-token'],
    ['an unsigned token', () => `Bearer ${jwt.sign({ ...claims(), exp: nowSeconds() + 60, iss: 'storefront', aud: 'storefront-api' }, '', { algorithm: 'none' })}`],
    ['another algorithm', () => `Bearer ${sign(claims(), { expiresIn: 60, algorithm: 'HS384' })}`],
    ['another secret', () => `Bearer ${sign(claims(), { expiresIn: 60 }, 'another-secret-of-sufficient-length!!')}`],
    ['a wrong issuer', () => `Bearer ${sign(claims(), { expiresIn: 60, issuer: 'elsewhere' })}`],
    ['a wrong audience', () => `Bearer ${sign(claims(), { expiresIn: 60, audience: 'other-api' })}`],
    ['no expiry', () => `Bearer ${sign(claims())}`],
    ['a past expiry', () => `Bearer ${sign({ ...claims(), exp: nowSeconds() - 5 })}`],
    ['a user that does not exist', () => `Bearer ${sign({ ...claims(), sub: '987654' }, { expiresIn: 60 })}`],
  ])('refuses %s with 401 UNAUTHENTICATED', async (_, header) => {
    const value = header();
    const request = app.http.get('/auth/me');
    if (value) request.set('Authorization', value);
    const response = await request.expect(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });
});
