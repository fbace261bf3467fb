import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, finished, listeningPort } from '../support/processes';
import { scratchSqliteUrl } from '../support/scratch-sqlite';

describe('npm start', () => {
  it('builds the service and runs the compiled JavaScript, which serves the API and its docs', async () => {
    // In a process group of its own, signalled as a whole: npm does not pass SIGTERM on to the server.
    const server = spawn('npm', ['start'], {
      cwd: ROOT,
      detached: true,
      env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'info', DATABASE_URL: await scratchSqliteUrl() },
    });
    const exit = finished(server);
    try {
      const base = `http://127.0.0.1:${await listeningPort(server)}`;
      expect((await fetch(`${base}/products`)).status).toBe(200);
      expect((await fetch(`${base}/docs`)).headers.get('content-type')).toMatch(/^text\/html/);
    } finally {
      process.kill(-server.pid!, 'SIGTERM');
    }
    const result = await exit;
    expect(result.stdout).toContain('"msg":"stopped"');
  }, 120_000);
});
