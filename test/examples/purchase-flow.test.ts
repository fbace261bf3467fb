import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../examples/purchase-flow';
import { PASSWORD } from '../support/accounts';
import { DATABASES, type ScratchDatabase, createScratchDatabase } from '../support/databases';
import { type Finished, finished, listeningPort, runScript } from '../support/processes';

describe('examples/purchase-flow.ts', () => {
  const admin = { email: 'boss@shop.test', password: PASSWORD };
  let database: ScratchDatabase;
  let server: ChildProcessWithoutNullStreams;
  let exit: Promise<Finished>;
  let baseUrl: string;

  beforeAll(async () => {
    database = await createScratchDatabase(DATABASES[0]!);
    server = runScript('src/main.ts', [], { PORT: '0', DATABASE_URL: database.url, ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password });
    exit = finished(server);
    baseUrl = `http://127.0.0.1:${await listeningPort(server)}`;
  });
  afterAll(async () => {
    server?.kill('SIGTERM');
    await exit;
    await database?.drop();
  });

  it('walks the purchase flow against the real server and ends with the order shipped', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);

    const order = await main(baseUrl, admin);

    expect(order).toMatchObject({ status: 'shipped', totalPrice: 59.97, products: [{ price: 19.99, quantity: 3 }] });
    const printed = log.mock.calls.map(([line]) => String(line));
    expect(printed).toContain(`placed order #${order.orderId} (pending, 59.97); the retry returned #${order.orderId}`);
    expect(printed).toContain('cancelling a shipped order is refused: CONFLICT INVALID_STATUS_TRANSITION');
    expect(printed.at(-1)).toBe(`order #${order.orderId} is shipped`);
    log.mockRestore();
  });
});
