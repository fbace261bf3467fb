import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../support/accounts';
import { finished, listeningPort, outputContaining, runScript } from '../support/processes';
import { scratchSqliteUrl } from '../support/scratch-sqlite';

describe('the server process', () => {
  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'oracle://db/shop' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'production', JWT_SECRET: 'too-short' }, 'JWT_SECRET'],
  ])('stops on a bad configuration %o with one line naming the variable', async (env, variable) => {
    const result = await finished(runScript('src/main.ts', [], env));
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^Invalid configuration: ${variable} `))]);
  });

  it('stops with one clear log line when its port is taken', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '::', resolve));
    try {
      const port = String((holder.address() as AddressInfo).port);
      const result = await finished(runScript('src/main.ts', [], { PORT: port, DATABASE_URL: await scratchSqliteUrl() }));
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(new RegExp(`"port":${port}[^\\n]*"msg":"cannot listen"`));
      expect(result.stderr).not.toMatch(/TypeError/);
    } finally {
      holder.close();
    }
  });

  it('creates the configured admin at start, migrates SQLite, and stops cleanly on SIGTERM', async () => {
    const server = runScript('src/main.ts', [], {
      PORT: '0',
      DATABASE_URL: await scratchSqliteUrl(),
      ADMIN_EMAIL: 'Boss@Shop.test',
      ADMIN_PASSWORD: PASSWORD,
    });
    const exit = finished(server);
    const base = `http://127.0.0.1:${await listeningPort(server)}`;

    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'boss@shop.test', password: PASSWORD }),
    });
    expect(((await login.json()) as { user: { role: string } }).user.role).toBe('admin');

    // A request whose body is half sent when SIGTERM arrives is in flight: it still completes.
    const body = JSON.stringify({ email: 'late@shop.test', password: PASSWORD });
    const inFlight = request(`${base}/auth/signup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
    });
    const answer = new Promise<{ status?: number; connection?: string }>((resolve, reject) => {
      inFlight
        .on('response', (response) => resolve({ status: response.statusCode, connection: response.headers.connection }))
        .on('error', reject);
    });
    inFlight.write(body.slice(0, 10));
    await new Promise((resolve) => inFlight.once('socket', (socket) => socket.once('connect', resolve)));
    // Time for the server to read the headers, after which the connection is no longer idle.
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.kill('SIGTERM');
    await outputContaining(server, 'finishing requests in flight');
    const stopping = Date.now();
    inFlight.end(body.slice(10));
    // It completes, and tells its client not to send another request on that connection.
    expect(await answer).toEqual({ status: 201, connection: 'close' });

    const result = await exit;
    expect(result.code).toBe(0);
    // Well inside the 10 s grace: nothing was left open to wait for.
    expect(Date.now() - stopping).toBeLessThan(5_000);
    expect(result.stdout).toContain('"msg":"stopped"');
    expect(result.stdout).not.toContain(PASSWORD);
  });
});
