import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signUpAndLogIn } from '../support/accounts';
import { DATABASES } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

const SHOP = 'https://shop.example';
const PUBLIC_READ = 'public, max-age=0, must-revalidate';

// The edge's headers are the same whatever the database.
describe('response headers', () => {
  let app: TestApp;
  let customer: SignedIn;
  beforeAll(async () => {
    app = await startTestApp(DATABASES[0]!, { CORS_ORIGINS: SHOP });
    customer = await signUpAndLogIn(app);
  });
  afterAll(() => app?.close());

  it("keep helmet's defaults and say nothing of the framework", async () => {
    const response = await app.http.get('/health').expect(200);
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
  });

  it('let the configured origins call from a browser, and no other', async () => {
    const preflight = await app.http
      .options('/cart')
      .set('Origin', SHOP)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(SHOP);
    expect(preflight.headers['access-control-allow-headers']).toMatch(/Authorization/);

    const stranger = await app.http.get('/products').set('Origin', 'https://evil.example').expect(200);
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('let public catalog reads be cached, revalidated, and keep tokens and personal answers out of every cache', async () => {
    expect((await app.http.get('/products').expect(200)).headers['cache-control']).toBe(PUBLIC_READ);
    expect((await app.http.get('/categories').expect(200)).headers['cache-control']).toBe(PUBLIC_READ);
    expect((await app.http.get('/trpc/products.list').expect(200)).headers['cache-control']).toBe(PUBLIC_READ);
    const login = await app.http.post('/auth/login').send({ email: customer.email, password: 'correct horse battery' }).expect(200);
    expect(login.headers['cache-control']).toBe('no-store');
    expect((await app.http.get('/cart').set(customer.auth).expect(200)).headers['cache-control']).toBe('no-store');
    expect((await app.http.get('/trpc/auth.me').set(customer.auth).expect(200)).headers['cache-control']).toBe('no-store');
  });

  it('challenge with WWW-Authenticate: Bearer on every 401', async () => {
    const rest = await app.http.get('/auth/me').expect(401);
    expect(rest.headers['www-authenticate']).toMatch(/^Bearer /);
    const trpc = await app.http.get('/trpc/auth.me').expect(401);
    expect(trpc.headers['www-authenticate']).toMatch(/^Bearer /);
  });

  it('answer a known path asked with the wrong method with 405 and the methods it is served with', async () => {
    const login = await app.http.delete('/auth/login').expect(405);
    expect(login.headers.allow).toBe('POST');
    expect(login.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(login.body).toMatchObject({ status: 405, code: 'METHOD_NOT_ALLOWED' });
    expect((await app.http.patch('/products/7').expect(405)).headers.allow).toBe('GET, PUT, DELETE, HEAD');
    await app.http.patch('/no/such/path').expect(404);
  });

  it('refuse a body that is not JSON with 415', async () => {
    const response = await app.http.post('/auth/login').set('Content-Type', 'text/plain').send('email=a@b.io').expect(415);
    expect(response.body).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });
});
