import { afterAll, beforeAll, expect, it } from 'vitest';
import { PASSWORD, signUpAndLogIn, uniqueEmail } from '../support/accounts';
import { type TestApp, describeEachDatabase, startTestApp } from '../support/test-app';

const PROBLEM = /^application\/problem\+json/;

describeEachDatabase('the HTTP edge', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind);
  });
  afterAll(() => app?.close());

  it('reports health and readiness', async () => {
    await app.http.get('/health').expect(200, { status: 'ok' });
    await app.http.get('/ready').expect(200, { status: 'ready' });
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const response = await app.http.post('/auth/login').set('Content-Type', 'application/json').send('{"email":').expect(400);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body).toMatchObject({ type: 'about:blank', status: 400, code: 'MALFORMED_JSON', title: 'Bad Request' });
  });

  it('refuses a body in another charset or encoding with a 415 problem', async () => {
    for (const header of [['Content-Type', 'application/json; charset=latin1'], ['Content-Encoding', 'foo']] as const) {
      const response = await app.http
        .post('/auth/login')
        .set('Content-Type', 'application/json')
        .set(header[0], header[1])
        .send('{"email":"a@b.io","password":"x"}')
        .expect(415);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    }
  });

  it('refuses a body over 100 KiB with 413', async () => {
    const response = await app.http
      .post('/auth/signup')
      .send({ email: uniqueEmail(), password: PASSWORD, name: 'x'.repeat(101 * 1024) })
      .expect(413);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers unknown routes with a 404 problem', async () => {
    const response = await app.http.get('/no/such/thing').expect(404);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('tags every response with a request id, keeping a sane one it was given', async () => {
    const generated = await app.http.get('/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await app.http.get('/health').set('X-Request-Id', 'trace-42');
    expect(given.headers['x-request-id']).toBe('trace-42');
  });

  it('does not coerce strings into numbers or booleans', async () => {
    const response = await app.http.post('/auth/refresh').send({ refreshToken: 12345 }).expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ path: 'refreshToken' })]);
  });

  it('answers 500 without internals and /ready 503 once the database is gone', async () => {
    const user = await signUpAndLogIn(app);
    await app.application.database.close();
    const failure = await app.http.get('/auth/me').set(user.auth).expect(500);
    expect(failure.headers['content-type']).toMatch(PROBLEM);
    expect(failure.body).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'Something went wrong on our side.',
      code: 'INTERNAL_ERROR',
    });
    const ready = await app.http.get('/ready').expect(503);
    expect(ready.body).toMatchObject({ status: 503, code: 'NOT_READY' });
  });
});
