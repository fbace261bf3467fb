import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');

const START_TIMEOUT_MS = 60_000;
/** The address the service listens on, given to it as HOST. */
export const SERVICE_HOST = '127.0.0.1';
// Linux counts process CPU time in ticks of 1/100 s on every platform Node supports.
const TICKS_PER_SECOND = 100;
const STOP_TIMEOUT_MS = 20_000;

export interface RunningServer {
  name: string;
  baseUrl: string;
  pid: number;
  /** When the process was started, on the `performance.now()` clock. */
  startedAt: number;
  /** Milliseconds from the spawn to the first answer; known for the service. */
  firstAnswerMs?: number;
  rssMegabytes(): Promise<number>;
  /** CPU time the process and its worker processes have used so far, on all their threads. */
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

async function processCpuSeconds(pid: number | undefined): Promise<number> {
  // The command name in parentheses may hold spaces: fields are counted after it.
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => ') 0');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / TICKS_PER_SECOND;
}

function running(name: string, child: ChildProcess, baseUrl: string, startedAt: number): RunningServer {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    baseUrl,
    pid: child.pid ?? 0,
    startedAt,
    rssMegabytes: async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    cpuSeconds: async () => {
      const children = await readFile(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').catch(() => '');
      const pids = [child.pid, ...children.split(' ').filter(Boolean).map(Number)];
      const seconds = await Promise.all(pids.map(processCpuSeconds));
      return seconds.reduce((sum, value) => sum + value, 0);
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

function withDeadline<T>(name: string, ready: Promise<T>, timeoutMs = START_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} was not ready within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  return Promise.race([ready, deadline]).finally(() => clearTimeout(timer));
}

export interface Launch {
  nodeFlags?: string[];
  /** A command that runs Node in turn, such as valgrind and its options. */
  launcher?: string[];
  startTimeoutMs?: number;
}

/** Node with `args`, under the launch's flags and launcher. */
function spawnNode(args: string[], launch: Launch, options: SpawnOptions): ChildProcess {
  const { nodeFlags = [], launcher = [] } = launch;
  const [command, ...rest] = [...launcher, process.execPath, ...nodeFlags, ...args];
  return spawn(command!, rest, options);
}

/**
 * The service in its own process, so that the bench measures it and not itself: `entryPoint`
 * is compiled JavaScript as `npm start` runs it, or the TypeScript sources run through tsx.
 */
export async function startService(entryPoint: string, env: Record<string, string>, launch: Launch = {}): Promise<RunningServer> {
  const { startTimeoutMs = START_TIMEOUT_MS } = launch;
  const port = await freePort();
  const startedAt = performance.now();
  const loader = entryPoint.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawnNode([...loader, entryPoint], launch, {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: SERVICE_HOST, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  // Asked often, so that the time to the first answer is known to a few milliseconds.
  const healthy = async () => {
    while (performance.now() - startedAt < startTimeoutMs) {
      if (await fetch(`${baseUrl}/health`).then((response) => response.ok, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const server = running('service', child, baseUrl, startedAt);
  try {
    await withDeadline('the service', Promise.race([healthy(), exitedEarly('the service', child)]), startTimeoutMs);
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
  launch: Launch = {},
): Promise<RunningServer> {
  const startedAt = performance.now();
  const child = spawnNode(['--import', 'tsx', script], launch, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = new Promise<number>((resolve) => child.once('message', (message) => resolve((message as { port: number }).port)));
  try {
    const listening = await withDeadline(name, Promise.race([port, exitedEarly(name, child)]), launch.startTimeoutMs);
    return running(name, child, `http://127.0.0.1:${listening}`, startedAt);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}
