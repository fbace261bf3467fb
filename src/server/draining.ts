import type { Server, ServerResponse } from 'node:http';

const SWEEP_MS = 50;

/**
 * Lets a server be stopped without cutting a request: once draining, every answer (those in
 * flight included) tells its client `Connection: close`, each connection closes once its answer
 * is sent, and whatever is still open after `graceMs` is cut.
 */
export function drainable(server: Server, graceMs: number): { drain(): Promise<void> } {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  server.on('request', (_req, res: ServerResponse) => {
    if (draining) res.shouldKeepAlive = false;
    inFlight.add(res);
    res.on('close', () => inFlight.delete(res));
  });

  return {
    drain: () =>
      new Promise((resolve, reject) => {
        draining = true;
        for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
        server.close((error) => (error ? reject(error) : resolve()));
        const sweep = setInterval(() => server.closeIdleConnections(), SWEEP_MS);
        const cut = setTimeout(() => server.closeAllConnections(), graceMs);
        server.once('close', () => {
          clearInterval(sweep);
          clearTimeout(cut);
        });
      }),
  };
}
