import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

/** Listens on a free loopback port and tells the parent process which one. */
export function listenAndReport(app: Express, close: () => Promise<void> = async () => {}): void {
  const server = app.listen(0, '127.0.0.1', () => {
    process.send?.({ port: (server.address() as AddressInfo).port });
  });
  process.once('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => void close().finally(() => process.exit(0)));
  });
}
