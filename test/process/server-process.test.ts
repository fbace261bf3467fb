import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../support/accounts';
import { finished, listeningPort, runScript, scratchSqliteUrl } from '../support/processes';

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

  it('creates the configured admin at start, migrates SQLite, and stops cleanly on SIGTERM', async () => {
    const server = runScript('src/main.ts', [], {
      PORT: '0',
      DATABASE_URL: scratchSqliteUrl(),
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

    // A signup spends an argon2 hash: SIGTERM arrives while it is in flight, and it still completes.
    const inFlight = fetch(`${base}/auth/signup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'late@shop.test', password: PASSWORD }),
    });
    setTimeout(() => server.kill('SIGTERM'), 15);
    expect((await inFlight).status).toBe(201);

    const result = await exit;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"msg":"stopped"');
    expect(result.stdout).not.toContain(PASSWORD);
  });
});
