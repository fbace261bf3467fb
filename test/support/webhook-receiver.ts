import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  event: { id: string; type: string; createdAt: string; data: Record<string, unknown> };
}

/**
 * A webhook receiver on loopback. `answer` decides each answer's status (and may take its time);
 * every request is kept, signed or not, for the test to check.
 */
export async function startReceiver(answer: (received: Received, count: number) => number | Promise<number> = () => 204) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const entry = { headers: req.headers, body, event: JSON.parse(body) as Received['event'] };
      received.push(entry);
      res.statusCode = await answer(entry, received.length);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    /** Whether a request carries a valid Standard Webhooks signature for this secret. */
    verifies: (secret: string, entry: Received) => {
      try {
        new Webhook(secret).verify(entry.body, entry.headers as Record<string, string>);
        return true;
      } catch {
        return false;
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** Waits until `check` holds, looking every 50 ms, for at most `ms`. */
export async function eventually<T>(check: () => T | Promise<T>, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
