import { describe, expect, it, vi } from 'vitest';
import { main } from '../../examples/purchase-flow';
import { exampleServer } from '../support/example-server';

describe('examples/purchase-flow.ts', () => {
  const server = exampleServer();

  it('walks the purchase flow against the real server and ends with the order shipped', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);

    const order = await main(server.baseUrl, server.admin);

    expect(order).toMatchObject({ status: 'shipped', totalPrice: 59.97, products: [{ price: 19.99, quantity: 3 }] });
    const printed = log.mock.calls.map(([line]) => String(line));
    expect(printed).toContain(`placed order #${order.orderId} (pending, 59.97); the retry returned #${order.orderId}`);
    expect(printed).toContain('cancelling a shipped order is refused: CONFLICT INVALID_STATUS_TRANSITION');
    expect(printed.at(-1)).toBe(`order #${order.orderId} is shipped`);
    log.mockRestore();
  });
});
