import { readFile } from 'node:fs/promises';
import { listeningPort, runScript } from '../../test/support/processes';
import { ADMIN } from './admin';
import type { Tally } from './tally';

const SERVER_ENV = {
  HOST: '127.0.0.1',
  JWT_SECRET: 'soak-secret-that-is-long-enough-for-hs256',
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  // Every virtual customer comes from 127.0.0.1: the per-IP limit is meant for real clients.
  AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
};
const START_WITHIN_MS = 60_000;
// The server's own shutdown deadline is 15 s; past this it is killed.
const STOP_WITHIN_MS = 20_000;

export interface ServerLife {
  pid: number | undefined;
  port: number;
  rssAtStart: number;
  rssAtEnd: number;
  exit: string;
  /** From SIGTERM to the process's exit. */
  stopSeconds: number;
  stop(): Promise<void>;
}

/** The server as a child process on `port` (0: any free one); anything wrong with it goes to the tally's troubles. */
export async function startServer(port: number, databaseUrl: string, tally: Tally): Promise<ServerLife> {
  const child = runScript('src/main.ts', [], { ...SERVER_ENV, DATABASE_URL: databaseUrl, PORT: String(port) });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk).slice(-2_000)));
  let stopping = false;
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(String(code ?? signal))));
  void exited.then((code) => {
    if (!stopping) tally.troubles.push(`server ${child.pid} exited on its own (${code}): ${stderr.trim()}`);
  });
  const listening = await within(START_WITHIN_MS, listeningPort(child), 'the server did not start').catch((error: Error) => {
    child.kill('SIGKILL');
    throw new Error(`${error.message}\n${stderr}`);
  });
  // The helper keeps every line it reads, and the server logs each request: drop the log from now on.
  child.stdout.removeAllListeners('data');
  child.stdout.resume();

  const life: ServerLife = {
    pid: child.pid,
    port: listening,
    rssAtStart: await rssMegabytes(child.pid),
    rssAtEnd: Number.NaN,
    exit: 'running',
    stopSeconds: Number.NaN,
    stop: async () => {
      if (stopping) return;
      stopping = true;
      life.rssAtEnd = await rssMegabytes(child.pid);
      const signalledAt = performance.now();
      child.kill('SIGTERM');
      life.exit = await within(STOP_WITHIN_MS, exited, 'the server did not stop').catch(() => {
        child.kill('SIGKILL');
        return 'killed';
      });
      life.stopSeconds = (performance.now() - signalledAt) / 1000;
      if (life.exit !== '0') tally.troubles.push(`server ${child.pid} stopped with ${life.exit}: ${stderr.trim()}`);
    },
  };
  return life;
}

async function within<T>(ms: number, work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms)));
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function rssMegabytes(pid: number | undefined): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
}
