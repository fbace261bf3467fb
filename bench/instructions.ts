import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import autocannon from 'autocannon';
import { type RunningServer, SERVICE_HOST, startCeiling, startService } from './processes';
import { listingPaths, productPaths } from './setup/catalog-requests';
import { seededDatabase } from './setup/scratch-database';
import { serviceEnvironment } from './setup/servers';
import { buildService } from './setup/service-build';
import { signUpShoppers } from './setup/shoppers';
import { type Dialect, sqlClient } from './sql/sql-client';
import { Teardown } from './teardown';

const USAGE = 'Usage: node --import tsx bench/instructions.ts [--db sqlite|mysql|postgres] [--requests N] [--only byId,list,cart]';
const execute = promisify(execFile);
// valgrind names the pipes callgrind_control talks through after $USER and $HOST, and the
// service runs with HOST set to the address it listens on: callgrind_control must see the same.
const callgrindControl = (command: string, pid: number) =>
  execute('callgrind_control', [command, String(pid)], { env: { ...process.env, HOST: SERVICE_HOST } });

// Node under valgrind starts some fifty times slower.
const START_TIMEOUT_MS = 600_000;
const CONNECTIONS = 10;
const IDLE_SECONDS = 5;
const DUMP_POLLS = 600;

interface Kind {
  name: string;
  paths: string[];
  headers?: Record<string, string>;
  /** Whether the database ceiling answers these paths too. */
  ceiling: boolean;
}

/** A process under callgrind, whose counters can be zeroed and read. */
class Counted {
  constructor(
    readonly server: RunningServer,
    private readonly outDir: string,
  ) {}

  zero() {
    return callgrindControl('--zero', this.server.pid);
  }

  /** Instructions the process ran since its counters were last zeroed: callgrind dumps them to a new numbered file. */
  async dumped(): Promise<number> {
    const prefix = `callgrind.out.${this.server.pid}.`;
    const parts = async () => (await readdir(this.outDir)).filter((file) => file.startsWith(prefix));
    const before = new Set(await parts());
    await callgrindControl('--dump', this.server.pid);
    // The process writes the dump when it next looks at its commands, which may be a moment later.
    for (let attempt = 0; attempt < DUMP_POLLS; attempt++) {
      const [dumped] = (await parts()).filter((file) => !before.has(file));
      const summary = dumped && /^summary:\s+(\d+)/m.exec(await readFile(path.join(this.outDir, dumped), 'utf8'));
      if (summary) return Number(summary[1]);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`callgrind wrote no dump of ${this.server.name} into ${this.outDir}`);
  }
}

/** Sends `amount` requests over keep-alive connections, taking `paths` in turn; fails on any answer but 200. */
async function send(baseUrl: string, kind: Kind, amount: number): Promise<number> {
  const started = performance.now();
  const result = await autocannon({
    url: baseUrl,
    connections: CONNECTIONS,
    amount,
    timeout: 60,
    requests: kind.paths.map((requestPath) => ({ method: 'GET', path: requestPath, headers: kind.headers ?? {} })),
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) throw new Error(`${kind.name}: ${failed} of ${amount} requests failed`);
  return (performance.now() - started) / 1000;
}

/**
 * Instructions per request, idle work taken off: what the process does on its own (the relay's
 * polls, timers) is counted over a quiet spell and subtracted in proportion to the time the
 * requests took, so that a slower run does not count more.
 */
async function perRequest(counted: Counted, kind: Kind, requests: number, idlePerSecond: number): Promise<number> {
  await counted.zero();
  const seconds = await send(counted.server.baseUrl, kind, requests);
  return Math.round(((await counted.dumped()) - idlePerSecond * seconds) / requests);
}

async function idlePerSecond(counted: Counted): Promise<number> {
  await counted.zero();
  await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
  return (await counted.dumped()) / IDLE_SECONDS;
}

const figure = (value: number) => value.toLocaleString('en');

/**
 * Counts the instructions the compiled service and the database ceiling execute per request,
 * under valgrind's callgrind. Unlike requests or CPU time per second, a count repeats within
 * about 0.5% for the same code, whatever else the machine does: a change of a few percent shows.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string', default: 'sqlite' }, requests: { type: 'string', default: '2000' }, only: { type: 'string' } },
  });
  const db = values.db as Dialect;
  const requests = Number(values.requests);
  if (!['sqlite', 'mysql', 'postgres'].includes(db) || !(requests >= 100)) throw new Error(USAGE);
  const only = values.only?.split(',') ?? ['byId', 'list', 'cart'];

  const teardown = new Teardown();
  try {
    console.log(`Seeding a fresh ${db} database of 10,000 products and compiling the service`);
    const [database, entryPoint] = await Promise.all([seededDatabase(db, 10_000), buildService()]);
    teardown.add(() => database.drop());
    const client = await sqlClient(database.url);
    teardown.add(() => client.close());
    const outDir = await mkdtemp(path.join(tmpdir(), 'storefront-callgrind-'));
    teardown.add(() => rm(outDir, { recursive: true, force: true }));
    const launch = {
      launcher: ['valgrind', '--tool=callgrind', '--smc-check=all-non-file', `--callgrind-out-file=${outDir}/callgrind.out.%p`],
      startTimeoutMs: START_TIMEOUT_MS,
    };
    console.log('Starting the service and the database ceiling under callgrind');
    const service = await startService(entryPoint, serviceEnvironment(database.url), launch);
    teardown.add(() => service.stop());
    // HOST as the service has it, for callgrind_control's sake; the ceiling listens where it always does.
    const ceilingEnvironment = { DATABASE_URL: database.url, HOST: SERVICE_HOST };
    const ceiling = await startCeiling('database ceiling', 'bench/ceiling/database-ceiling.ts', ceilingEnvironment, launch);
    teardown.add(() => ceiling.stop());
    const counted = { service: new Counted(service, outDir), ceiling: new Counted(ceiling, outDir) };

    const kinds: Kind[] = [
      { name: 'byId', paths: await productPaths(client, 500), ceiling: true },
      { name: 'list', paths: await listingPaths(client), ceiling: true },
    ];
    if (only.includes('cart')) {
      const [shopper] = await signUpShoppers(service.baseUrl, 'counted', 1);
      kinds.push({ name: 'cart', paths: ['/cart'], headers: { Authorization: `Bearer ${shopper!.accessToken}` }, ceiling: false });
    }

    const chosen = kinds.filter(({ name }) => only.includes(name));
    console.log(`Warming up: ${requests} requests of each kind to each server`);
    for (const kind of chosen) {
      await send(service.baseUrl, kind, requests);
      if (kind.ceiling) await send(ceiling.baseUrl, kind, requests);
    }
    console.log(`Counting each process alone for ${IDLE_SECONDS} s`);
    const idle = { service: await idlePerSecond(counted.service), ceiling: await idlePerSecond(counted.ceiling) };
    const rows: string[] = [];
    for (const kind of chosen) {
      console.log(`${kind.name}: counting ${requests} requests to each server`);
      const ofService = await perRequest(counted.service, kind, requests, idle.service);
      const ofCeiling = kind.ceiling ? await perRequest(counted.ceiling, kind, requests, idle.ceiling) : undefined;
      const ratio = ofCeiling ? `${(ofService / ofCeiling).toFixed(2)}×` : '';
      rows.push(`| ${kind.name} | ${figure(ofService)} | ${ofCeiling ? figure(ofCeiling) : ''} | ${ratio} |`);
    }
    console.log(`\nInstructions per request on ${db}, idle work taken off (service ${figure(Math.round(idle.service))} a second, ceiling ${figure(Math.round(idle.ceiling))})\n`);
    console.log('| request | service | database ceiling | service ÷ ceiling |\n| --- | ---: | ---: | ---: |');
    console.log(rows.join('\n'));
  } finally {
    await teardown.run();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
