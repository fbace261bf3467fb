import { Writable } from 'node:stream';
import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Application, createApplication } from '../../src/container';
import { loadConfig } from '../../src/infrastructure/config';
import { createLogger } from '../../src/infrastructure/logger';
import { startRelay } from '../../src/server/relay';
import { signInAsAdmin } from '../support/accounts';
import { eventually, startReceiver } from '../support/webhook-receiver';
import { createProduct } from '../support/catalog';
import { type ScratchDatabase, createScratchDatabase } from '../support/databases';
import { TEST_JWT_SECRET, type TestApp, describeEachDatabase } from '../support/test-app';

const PASSWORD = 'a secret nobody logs';
const SEARCHED_SECRET = 'searched-for-secret';

describeEachDatabase('the log of a whole purchase at debug level', (kind) => {
  const lines: string[] = [];
  let scratch: ScratchDatabase;
  let application: Application;
  let app: TestApp;

  beforeAll(async () => {
    scratch = await createScratchDatabase(kind);
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: scratch.url, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'debug' });
    const capture = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    application = await createApplication(config, { logger: createLogger('debug', capture) });
    await application.migrate();
    app = { kind, application, http: request(application.app), close: async () => undefined };
  });
  afterAll(async () => {
    await application?.close();
    await scratch?.drop();
  });

  it('holds no password, hash, token or secret', async () => {
    const { http } = app;
    const admin = await signInAsAdmin(app);
    const receiver = await startReceiver();
    const stopRelay = startRelay(application);
    const webhook = (await http.post('/webhooks').set(admin.auth).send({ url: receiver.url, events: ['*'] }).expect(201)).body;
    const guest = (await http.post('/cart/guest').expect(201)).body;
    const product = await createProduct(app, admin, { quantity: 5 });
    const email = `buyer.${Date.now()}@shop.test`;
    await http.post('/auth/signup').send({ email, password: PASSWORD }).expect(201);
    await http.post('/auth/login').send({ email, password: 'a wrong password' }).expect(401);
    const session = (await http.post('/auth/login').send({ email, password: PASSWORD }).expect(200)).body;
    const rotated = (await http.post('/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200)).body;
    const auth = { Authorization: `Bearer ${rotated.accessToken}` };
    await http.get('/products').query({ q: SEARCHED_SECRET }).expect(200);
    await http.get(`/trpc/products.list?input=${encodeURIComponent(JSON.stringify({ q: SEARCHED_SECRET }))}`).expect(200);
    await http.post('/cart').set({ 'X-Cart-Token': guest.cartToken }).send({ productId: product.id, quantity: 2 }).expect(200);
    await http.post('/cart/merge').set(auth).send({ cartToken: guest.cartToken }).expect(200);
    await http.post('/order').set(auth).set('Idempotency-Key', 'purchase-1').expect(201);
    await http.post('/trpc/auth.refresh').send({ refreshToken: session.refreshToken }).expect(401);
    await http.post('/auth/logout').set(auth).send({ refreshToken: rotated.refreshToken }).expect(204);
    await http.get('/auth/me').set(auth).expect(401);
    await eventually(() => expect(receiver.received.map((entry) => entry.event.type)).toContain('order.placed'));
    await stopRelay();
    await receiver.close();

    const [user] = await application.database.models.User.findAll({ where: { email }, raw: true });
    const secrets = [
      PASSWORD,
      'a wrong password',
      user!.passwordHash,
      session.accessToken,
      session.refreshToken,
      rotated.accessToken,
      rotated.refreshToken,
      admin.accessToken,
      TEST_JWT_SECRET,
      SEARCHED_SECRET,
      webhook.secret,
      webhook.secret.slice('whsec_'.length),
      guest.cartToken,
    ];
    expect(lines.length).toBeGreaterThan(10);
    const log = lines.join('\n');
    for (const secret of secrets) expect(log, 'a secret was logged').not.toContain(secret);
  });
});
