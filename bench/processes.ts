import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');

const START_TIMEOUT_MS = 60_000;
// Linux counts process CPU time in ticks of 1/100 s on every platform Node supports.
const TICKS_PER_SECOND = 100;
const STOP_TIMEOUT_MS = 20_000;

export interface RunningServer {
  name: string;
  baseUrl: string;
  /** When the process was started, on the `performance.now()` clock. */
  startedAt: number;
  /** Milliseconds from the spawn to the first answer; known for the service. */
  firstAnswerMs?: number;
  rssMegabytes(): Promise<number>;
  /** CPU time the process has used so far, on all its threads. */
  cpuSeconds(): Promise<number>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function running(name: string, child: ChildProcess, baseUrl: string, startedAt: number): RunningServer {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    baseUrl,
    startedAt,
    rssMegabytes: async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    cpuSeconds: async () => {
      // The command name in parentheses may hold spaces: fields are counted after it.
      const stat = await readFile(`/proc/${child.pid}/stat`, 'utf8').catch(() => ') 0');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / TICKS_PER_SECOND;
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

function exitedEarly(name: string, child: ChildProcess): Promise<never> {
  return new Promise((_, reject) =>
    child.once('exit', (code, signal) => reject(new Error(`${name} exited (${signal ?? code}) before it was ready`))),
  );
}

function withDeadline<T>(name: string, ready: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} was not ready within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
  });
  return Promise.race([ready, deadline]).finally(() => clearTimeout(timer));
}

/**
 * The service in its own process, so that the bench measures it and not itself: `entryPoint`
 * is compiled JavaScript as `npm start` runs it, or the TypeScript sources run through tsx.
 */
export async function startService(entryPoint: string, env: Record<string, string>, nodeFlags: string[] = []): Promise<RunningServer> {
  const port = await freePort();
  const startedAt = performance.now();
  const loader = entryPoint.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...nodeFlags, ...loader, entryPoint], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  // Asked often, so that the time to the first answer is known to a few milliseconds.
  const healthy = async () => {
    while (performance.now() - startedAt < START_TIMEOUT_MS) {
      if (await fetch(`${baseUrl}/health`).then((response) => response.ok, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const server = running('service', child, baseUrl, startedAt);
  try {
    await withDeadline('the service', Promise.race([healthy(), exitedEarly('the service', child)]));
    server.firstAnswerMs = Math.round(performance.now() - startedAt);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/** A ceiling server of bench/ceiling, which reports its port once it listens. */
export async function startCeiling(
  name: string,
  script: string,
  env: Record<string, string>,
  nodeFlags: string[] = [],
): Promise<RunningServer> {
  const startedAt = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = new Promise<number>((resolve) => child.once('message', (message) => resolve((message as { port: number }).port)));
  try {
    const listening = await withDeadline(name, Promise.race([port, exitedEarly(name, child)]));
    return running(name, child, `http://127.0.0.1:${listening}`, startedAt);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}
