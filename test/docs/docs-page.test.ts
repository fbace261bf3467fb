import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAsAdmin } from '../support/accounts';
import { createProduct } from '../support/catalog';
import { DATABASES } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = path.resolve(__dirname, '../../docs/docs-page.png');
// The network of a CI machine is closed: keep Chromium from calling home.
const QUIET_CHROMIUM = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const label = existsSync(CHROMIUM) ? 'in Chromium' : `in Chromium: skipped, ${CHROMIUM} is not installed`;

describe.skipIf(!existsSync(CHROMIUM))(`the docs page ${label}`, () => {
  let app: TestApp;
  let server: Server;
  let browser: Browser;
  let baseUrl: string;
  beforeAll(async () => {
    app = await startTestApp(DATABASES[0]!);
    await createProduct(app, await signInAsAdmin(app), { name: 'Desk lamp', price: 19.99 });
    server = app.application.app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: QUIET_CHROMIUM });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await app?.close();
  });

  it('lists the operations, and "try it out" on GET /products answers 200', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl)) outside.push(request.url());
    });
    await page.goto(`${baseUrl}/docs`);

    const listProducts = page.locator('.opblock-get').filter({ has: page.locator('[data-path="/products"]') });
    await listProducts.waitFor();
    expect(await page.locator('.opblock').count()).toBeGreaterThanOrEqual(25);
    for (const path of ['/auth/login', '/products/{id}', '/cart', '/order', '/orders/{id}/status']) {
      await expect(page.locator('.opblock-summary-path', { hasText: path }).first().isVisible()).resolves.toBe(true);
    }
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    await listProducts.locator('.opblock-summary').click();
    await listProducts.getByRole('button', { name: 'Try it out' }).click();
    await listProducts.getByRole('button', { name: 'Execute' }).click();
    const status = listProducts.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor();
    expect((await status.textContent())?.trim()).toBe('200');
    await expect(listProducts.locator('.live-responses-table').textContent()).resolves.toContain('Desk lamp');
    expect(outside).toEqual([]);
  });
});
