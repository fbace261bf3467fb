import { afterAll, beforeAll, expect, it } from 'vitest';
import { startRelay } from '../../src/server/relay';
import { type SignedIn, signInAsAdmin } from '../support/accounts';
import { createProduct } from '../support/catalog';
import { valueOf } from '../support/prometheus';
import { type TestApp, describeEachDatabase, startTestApp } from '../support/test-app';
import { type Receiver, eventually, startReceiver } from '../support/webhook-receiver';

describeEachDatabase('outbox metrics', (kind) => {
  let app: TestApp;
  let admin: SignedIn;
  let receiver: Receiver;
  let accepting = false;
  beforeAll(async () => {
    app = await startTestApp(kind, { METRICS_ENABLED: 'true', WEBHOOK_RETRY_BASE_SECONDS: '1', WEBHOOK_MAX_ATTEMPTS: '2' });
    admin = await signInAsAdmin(app);
    receiver = await startReceiver(() => (accepting ? 204 : 500));
  });
  afterAll(async () => {
    await receiver?.close();
    await app?.close();
  });

  const scrape = async () => (await app.http.get('/metrics').expect(200)).text;

  it('show a backlog that waits for a relay, with its age, and what came of each attempt once one runs', async () => {
    await app.http.post('/webhooks').set(admin.auth).send({ url: receiver.url, events: ['product.created'] }).expect(201);
    await createProduct(app, admin);
    await createProduct(app, admin);
    await new Promise((resolve) => setTimeout(resolve, 1_100));

    const stalled = await scrape();
    expect(valueOf(stalled, 'storefront_outbox_pending', {})).toBe(2);
    expect(valueOf(stalled, 'storefront_outbox_oldest_pending_age_seconds', {})).toBeGreaterThanOrEqual(1);

    const stopRelay = startRelay(app.application);
    try {
      await eventually(async () => expect(valueOf(await scrape(), 'storefront_webhook_deliveries_total', { status: 'retrying' })).toBe(2));
      accepting = true;
      await eventually(async () => expect(valueOf(await scrape(), 'storefront_webhook_deliveries_total', { status: 'delivered' })).toBe(2));
    } finally {
      await stopRelay();
    }
    const drained = await scrape();
    expect(valueOf(drained, 'storefront_outbox_pending', {})).toBe(0);
    expect(valueOf(drained, 'storefront_outbox_oldest_pending_age_seconds', {})).toBe(0);
  });
});
