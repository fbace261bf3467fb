import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../support/accounts';
import { finished, listeningPort, runScript } from '../support/processes';
import { scratchSqliteUrl } from '../support/scratch-sqlite';
import { eventually, startReceiver } from '../support/webhook-receiver';

const ADMIN = { email: 'ops@shop.test', password: PASSWORD };

async function call(base: string, path: string, body: unknown, token?: string) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('an event recorded before a crash', () => {
  it('is delivered after the process is killed right after the commit and started again', async () => {
    let accepting = false;
    const receiver = await startReceiver(() => (accepting ? 204 : 503));
    const env = {
      PORT: '0',
      DATABASE_URL: await scratchSqliteUrl(),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      WEBHOOK_RETRY_BASE_SECONDS: '1',
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    };
    try {
      const first = runScript('src/main.ts', [], env);
      const firstExit = finished(first);
      const base = `http://127.0.0.1:${await listeningPort(first)}`;
      const admin = (await call(base, '/auth/login', ADMIN)).body.accessToken as string;
      await call(base, '/webhooks', { url: receiver.url, events: ['order.placed'] }, admin);
      const category = (await call(base, '/categories', { name: 'Crash' }, admin)).body;
      const product = (await call(base, '/products', { name: 'Lamp', price: 5, quantity: 3, categoryId: category.id }, admin)).body;
      await call(base, '/cart', { productId: product.id }, admin);

      const placed = await call(base, '/order', {}, admin);
      expect(placed.status).toBe(201);
      first.kill('SIGKILL');
      expect((await firstExit).code).toBeNull();
      expect(receiver.received.filter((entry) => entry.event.type === 'order.placed').length).toBeLessThanOrEqual(1);

      accepting = true;
      const second = runScript('src/main.ts', [], env);
      const secondExit = finished(second);
      await listeningPort(second);
      try {
        await eventually(() => {
          const delivered = receiver.received.filter((entry) => entry.event.type === 'order.placed');
          expect(delivered.at(-1)?.event.data).toEqual({ order: expect.objectContaining({ orderId: placed.body.orderId }) });
        }, 15_000);
      } finally {
        second.kill('SIGTERM');
        await secondExit;
      }
    } finally {
      await receiver.close();
    }
  }, 60_000);
});
