/**
 * A soak run: `npm run soak [-- --seconds 60 --customers 20 --db mysql|postgres|sqlite]`
 * (or SOAK_SECONDS, SOAK_CUSTOMERS, SOAK_DB).
 *
 * Virtual customers sign up, log in, browse, fill their carts and check out against the server
 * running as a child process on loopback. Half-way through, the server gets SIGTERM and a new one
 * starts on the same port; clients retry connection errors meanwhile. At the end the database is
 * read back: no stock made or lost, none negative, every order's total the sum of its lines. The
 * run exits non-zero on a broken invariant, on any 5xx, or on a failed connection outside the
 * restart. The database is a fresh scratch database on MariaDB (SOAK_MYSQL_URL, default the local
 * server) when it answers, or on PostgreSQL (SOAK_POSTGRES_URL) when asked, else a SQLite file.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { QueryTypes } from 'sequelize';
import { Database } from '../src/infrastructure/sequelize/database';
import { DATABASES, type DatabaseKind, createScratchDatabase } from '../test/support/databases';
import { finished, listeningPort, runScript } from '../test/support/processes';

const SERVERS = {
  mysql: { name: 'mysql', label: 'MariaDB/MySQL', urlVariable: 'SOAK_MYSQL_URL' },
  postgres: { name: 'postgres', label: 'PostgreSQL', urlVariable: 'SOAK_POSTGRES_URL' },
} as const satisfies Record<string, DatabaseKind>;
process.env.SOAK_MYSQL_URL ??= 'mysql://root@127.0.0.1:3306';
process.env.SOAK_POSTGRES_URL ??= 'postgres://postgres@127.0.0.1:5432';

const ADMIN = { email: 'soak-admin@shop.test', password: 'soak admin password' };
const PASSWORD = 'soak customer password';
const SERVER_ENV = {
  HOST: '127.0.0.1',
  JWT_SECRET: 'soak-secret-that-is-long-enough-for-hs256',
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  // Every virtual customer comes from 127.0.0.1: the per-IP limit is meant for real clients.
  AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
};
// A few scarce products make customers compete for the last units; the rest keep orders flowing.
const CATALOG = Array.from({ length: 20 }, (_, n) => ({ name: `Soak item ${n}`, price: 1.5 + n * 2.25, quantity: n < 3 ? 25 : 500 }));
const FILTERS = ['pageSize=10', 'sort=price&inStock=true', 'q=item&sort=-price&pageSize=5', 'minPrice=5&maxPrice=30', 'sort=name&page=2&pageSize=5'];

const REQUEST_LIMIT_MS = 15_000;
const RETRY_PAUSE_MS = 200;
const MAX_ATTEMPTS = 100;
const START_WITHIN_MS = 60_000;
// The server's own shutdown deadline is 15 s; past this it is killed.
const STOP_WITHIN_MS = 20_000;
// A keep-alive socket of the old server may fail just after the new one listens.
const RESTART_GRACE_MS = 1_000;
const MAX_ROUNDS = 100_000;

function options() {
  const { values } = parseArgs({ options: { seconds: { type: 'string' }, customers: { type: 'string' }, db: { type: 'string' } } });
  const whole = (name: string, text: string, max: number) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`--${name} must be a whole number from 1 to ${max}`);
    return value;
  };
  const db = values.db ?? process.env.SOAK_DB;
  if (db !== undefined && !['sqlite', 'mysql', 'postgres'].includes(db)) throw new Error('--db must be sqlite, mysql or postgres');
  return {
    seconds: whole('seconds', values.seconds ?? process.env.SOAK_SECONDS ?? '60', 3_600),
    customers: whole('customers', values.customers ?? process.env.SOAK_CUSTOMERS ?? '20', 500),
    db: db as 'sqlite' | 'mysql' | 'postgres' | undefined,
  };
}

async function scratchDatabase(choice: 'sqlite' | 'mysql' | 'postgres' | undefined) {
  const sqlite = DATABASES.find((kind) => kind.name === 'sqlite')!;
  if (choice === 'sqlite') return { kind: sqlite, scratch: await createScratchDatabase(sqlite) };
  const kind = SERVERS[choice ?? 'mysql'];
  try {
    return { kind, scratch: await createScratchDatabase(kind) };
  } catch (error) {
    if (choice) throw error;
    console.log(`MariaDB does not answer at ${process.env.SOAK_MYSQL_URL} (${(error as Error).message}): using SQLite.`);
    return { kind: sqlite, scratch: await createScratchDatabase(sqlite) };
  }
}

/** Counts of what came back, and when the restart left clients without a server. */
class Tally {
  readonly statuses = new Map<string, number>();
  readonly duringRestart = new Map<string, number>();
  readonly outsideRestart = new Map<string, number>();
  readonly latencies = new Map<string, number[]>();
  readonly orderIds = new Set<number>();
  readonly troubles: string[] = [];
  answered = 0;
  cancelled = 0;
  restartFrom = Number.POSITIVE_INFINITY;
  restartTo = Number.POSITIVE_INFINITY;

  answer(route: string, ms: number, status: number, code: string | undefined) {
    this.answered++;
    bump(this.statuses, status < 400 ? String(status) : `${status} ${code ?? ''}`.trim());
    const latencies = this.latencies.get(route) ?? [];
    this.latencies.set(route, latencies);
    latencies.push(ms);
  }

  failure(kind: string) {
    const now = performance.now();
    bump(now >= this.restartFrom && now <= this.restartTo + RESTART_GRACE_MS ? this.duringRestart : this.outsideRestart, kind);
  }
}

function bump(counts: Map<string, number>, key: string) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

interface Answer {
  status: number;
  body: { code?: string; id?: number; accessToken?: string; orderId?: number; items?: { productId: number }[] } | undefined;
}

interface Extra {
  token?: string;
  body?: unknown;
  key?: string;
}

/** One request; a failed connection or a timeout is retried, with the same Idempotency-Key. */
async function send(tally: Tally, base: string, method: string, path: string, extra: Extra = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (extra.token) headers.Authorization = `Bearer ${extra.token}`;
  if (extra.key) headers['Idempotency-Key'] = extra.key;
  const body = extra.body === undefined ? undefined : JSON.stringify(extra.body);
  for (let attempt = 1; ; attempt++) {
    const sentAt = performance.now();
    try {
      const response = await fetch(base + path, { method, headers, body, signal: AbortSignal.timeout(REQUEST_LIMIT_MS) });
      const text = await response.text();
      const json = text && response.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as Answer['body']) : undefined;
      tally.answer(`${method} ${path.replace(/\?.*/, '').replace(/\d+/g, ':id')}`, performance.now() - sentAt, response.status, json?.code);
      return { status: response.status, body: json };
    } catch (error) {
      const { name, cause } = error as { name?: string; cause?: { code?: string } };
      tally.failure(name === 'TimeoutError' ? 'timeout' : (cause?.code ?? String(error)));
      if (attempt >= MAX_ATTEMPTS) throw new Error(`${method} ${path}: no answer after ${attempt} attempts`);
      await delay(RETRY_PAUSE_MS);
    }
  }
}

async function logIn(tally: Tally, base: string, credentials: { email: string; password: string }): Promise<string> {
  const session = await send(tally, base, 'POST', '/auth/login', { body: credentials });
  if (!session.body?.accessToken) throw new Error(`login of ${credentials.email} answered ${session.status}`);
  return session.body.accessToken;
}

/** The catalog, through the admin API: product id to its initial stock. */
async function seedCatalog(base: string): Promise<Map<number, number>> {
  const tally = new Tally();
  const created = async (path: string, token: string, body: unknown) => {
    const answer = await send(tally, base, 'POST', path, { token, body });
    if (answer.status !== 201 || !answer.body?.id) throw new Error(`POST ${path} answered ${answer.status} ${answer.body?.code}`);
    return answer.body.id;
  };
  const token = await logIn(tally, base, ADMIN);
  const categories = [];
  for (const name of ['Soak lamps', 'Soak mugs', 'Soak books']) categories.push(await created('/categories', token, { name }));
  const stock = new Map<number, number>();
  for (const [n, product] of CATALOG.entries()) {
    stock.set(await created('/products', token, { ...product, categoryId: categories[n % categories.length] }), product.quantity);
  }
  return stock;
}

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;

async function shopper(tally: Tally, base: string, index: number, productIds: number[], deadline: number): Promise<void> {
  const credentials = { email: `soak-customer-${index}@shop.test`, password: PASSWORD };
  const signup = await send(tally, base, 'POST', '/auth/signup', { body: credentials });
  if (signup.status !== 201) throw new Error(`signup answered ${signup.status}`);
  let token = '';
  for (let round = 0; round < MAX_ROUNDS && performance.now() < deadline; round++) {
    // Logging in again now and then keeps password checks in the mix.
    if (round % 10 === 0) token = await logIn(tally, base, credentials);
    await send(tally, base, 'GET', `/products?${FILTERS[round % FILTERS.length]}`);
    await send(tally, base, 'GET', `/products/${pick(productIds)}`);
    await checkOut(tally, base, token, [pick(productIds), pick(productIds)]);
  }
}

async function checkOut(tally: Tally, base: string, token: string, [first, second]: number[]): Promise<void> {
  const filled =
    (await send(tally, base, 'POST', '/cart', { token, body: { productId: first, quantity: 1 } })).status === 200 &&
    (await send(tally, base, 'POST', '/cart', { token, body: { productId: second, quantity: 1 } })).status === 200 &&
    (await send(tally, base, 'PUT', `/cart/${second}`, { token, body: { quantity: 1 + Math.floor(Math.random() * 3) } })).status === 200;
  const order = filled ? await send(tally, base, 'POST', '/order', { token, key: randomUUID() }) : undefined;
  const orderId = order && order.status < 300 ? order.body?.orderId : undefined;
  if (orderId === undefined) {
    // Out of stock, most likely: start the next round with an empty cart.
    const cart = await send(tally, base, 'GET', '/cart', { token });
    for (const item of cart.body?.items ?? []) await send(tally, base, 'DELETE', `/cart/${item.productId}`, { token });
    return;
  }
  tally.orderIds.add(orderId);
  if (Math.random() < 0.2 && (await send(tally, base, 'POST', `/order/${orderId}/cancel`, { token })).status === 200) tally.cancelled++;
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

interface ServerLife {
  pid: number | undefined;
  port: number;
  rssAtStart: number;
  rssAtEnd: number;
  exit: string;
  /** From SIGTERM to the process's exit. */
  stopSeconds: number;
  stop(): Promise<void>;
}

async function startServer(port: number, databaseUrl: string, tally: Tally): Promise<ServerLife> {
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

async function migrate(databaseUrl: string): Promise<void> {
  const result = await finished(runScript('src/cli/migrate.ts', [], { DATABASE_URL: databaseUrl }));
  if (result.code !== 0) throw new Error(`migrating failed: ${result.stderr.trim()}`);
}

interface Invariants {
  initial: number;
  stock: number;
  ordered: number;
  broken: string[];
}

/** Reads the database back after the run: what must hold whatever the load and the restart did. */
async function checkInvariants(databaseUrl: string, initialStock: Map<number, number>, acknowledged: Set<number>): Promise<Invariants> {
  const database = new Database({ url: databaseUrl });
  const select = <T extends object>(sql: string) => database.sequelize.query<T>(sql, { type: QueryTypes.SELECT });
  try {
    const products = await select<{ id: number; quantity: number }>('SELECT id, quantity FROM products');
    const units = await select<{ product_id: number; units: string | number }>(
      `SELECT i.product_id, SUM(i.quantity) AS units FROM order_items i JOIN orders o ON o.id = i.order_id
        WHERE o.status <> 'cancelled' GROUP BY i.product_id`,
    );
    const [wrongTotals] = await select<{ n: string | number }>(
      `SELECT COUNT(*) AS n FROM orders o WHERE o.total_cents <>
         (SELECT COALESCE(SUM(i.line_total_cents), 0) FROM order_items i WHERE i.order_id = o.id)
         OR NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id)`,
    );
    const [wrongLines] = await select<{ n: string | number }>('SELECT COUNT(*) AS n FROM order_items WHERE line_total_cents <> unit_price_cents * quantity');
    const stored = new Set((await select<{ id: number }>('SELECT id FROM orders')).map((row) => Number(row.id)));

    const ordered = new Map(units.map((row) => [Number(row.product_id), Number(row.units)]));
    const broken = products
      .filter((p) => initialStock.get(p.id) !== p.quantity + (ordered.get(p.id) ?? 0))
      .map((p) => `product ${p.id}: initial ${initialStock.get(p.id)} != stock ${p.quantity} + ordered ${ordered.get(p.id) ?? 0}`);
    broken.push(...products.filter((p) => p.quantity < 0).map((p) => `product ${p.id}: negative stock ${p.quantity}`));
    if (Number(wrongTotals!.n)) broken.push(`${wrongTotals!.n} orders whose total is not the sum of their lines, or without lines`);
    if (Number(wrongLines!.n)) broken.push(`${wrongLines!.n} order lines whose total is not price x quantity`);
    const lost = [...acknowledged].filter((id) => !stored.has(id));
    if (lost.length) broken.push(`${lost.length} orders acknowledged to a client but not stored: ${lost.slice(0, 10).join(', ')}`);
    const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);
    return { initial: sum(initialStock.values()), stock: sum(products.map((p) => p.quantity)), ordered: sum(ordered.values()), broken };
  } finally {
    await database.close();
  }
}

const listed = (counts: Map<string, number>) =>
  counts.size ? [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([key, n]) => `${key}: ${n}`).join(', ') : 'none';
const percentiles = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (share: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!);
  return `${at(0.5)}/${at(0.99)}`;
};
const megabytes = (value: number) => `${value.toFixed(1)} MB`;

function report(tally: Tally, lives: ServerLife[], invariants: Invariants, elapsedSeconds: number): boolean {
  const placed = tally.orderIds.size;
  const serverErrors = [...tally.statuses].filter(([status]) => status.startsWith('5'));
  console.log(`Requests answered: ${tally.answered} (${(tally.answered / elapsedSeconds).toFixed(1)}/s) in ${elapsedSeconds.toFixed(1)} s`);
  console.log(`Orders placed: ${placed} (${(placed / elapsedSeconds).toFixed(1)}/s), ${tally.cancelled} of them cancelled`);
  console.log(`Answers by status: ${listed(tally.statuses)}`);
  console.log(`Latency p50/p99 in ms: ${[...tally.latencies].map(([route, ms]) => `${route} ${percentiles(ms)}`).join(', ')}`);
  console.log(`Connection errors during the restart (allowed): ${listed(tally.duringRestart)}`);
  console.log(`Connection errors outside the restart: ${listed(tally.outsideRestart)}`);
  console.log(`Restart: from SIGTERM to the new server listening, ${((tally.restartTo - tally.restartFrom) / 1000).toFixed(1)} s`);
  for (const [n, life] of lives.entries()) {
    const growth = life.rssAtEnd - life.rssAtStart;
    console.log(
      `Server life ${n + 1} (pid ${life.pid}): RSS ${megabytes(life.rssAtStart)} at start, ${megabytes(life.rssAtEnd)} at end ` +
        `(${growth >= 0 ? '+' : ''}${megabytes(growth)}), stopped ${life.stopSeconds.toFixed(1)} s after SIGTERM, exit ${life.exit}`,
    );
  }
  console.log(
    `Stock: initial ${invariants.initial} = now ${invariants.stock} + in orders not cancelled ${invariants.ordered}: ` +
      (invariants.initial === invariants.stock + invariants.ordered ? 'holds' : 'BROKEN'),
  );
  const failures = [
    ...invariants.broken,
    ...serverErrors.map(([status, n]) => `${n} answers ${status}`),
    ...(tally.outsideRestart.size ? [`connection errors outside the restart: ${listed(tally.outsideRestart)}`] : []),
    ...tally.troubles,
  ];
  console.log(failures.length ? `FAILED:\n- ${failures.join('\n- ')}` : 'PASSED: invariants hold, no 5xx, no connection errors outside the restart.');
  return failures.length === 0;
}

async function soak(settings: ReturnType<typeof options>, databaseUrl: string): Promise<boolean> {
  await migrate(databaseUrl);
  const tally = new Tally();
  const lives = [await startServer(0, databaseUrl, tally)];
  try {
    const { port } = lives[0]!;
    const base = `http://127.0.0.1:${port}`;
    const initialStock = await seedCatalog(base);
    console.log(`${settings.customers} customers for ${settings.seconds} s against ${base}, restart half-way`);

    const started = performance.now();
    const restart = async () => {
      await delay(settings.seconds * 500);
      tally.restartFrom = performance.now();
      await lives.at(-1)!.stop();
      lives.push(await startServer(port, databaseUrl, tally));
      tally.restartTo = performance.now();
    };
    const deadline = started + settings.seconds * 1000;
    const shoppers = Array.from({ length: settings.customers }, (_, n) => shopper(tally, base, n, [...initialStock.keys()], deadline));
    const outcomes = await Promise.allSettled([restart(), ...shoppers]);
    const elapsedSeconds = (performance.now() - started) / 1000;
    for (const outcome of outcomes) if (outcome.status === 'rejected') tally.troubles.push(String(outcome.reason));
    await lives.at(-1)!.stop();
    return report(tally, lives, await checkInvariants(databaseUrl, initialStock, tally.orderIds), elapsedSeconds);
  } finally {
    await lives.at(-1)!.stop();
  }
}

async function main(): Promise<boolean> {
  const settings = options();
  const { kind, scratch } = await scratchDatabase(settings.db);
  console.log(`Database: ${kind.label}, ${scratch.url}`);
  try {
    return await soak(settings, scratch.url);
  } finally {
    await scratch.drop();
  }
}

main().then(
  (passed) => {
    process.exitCode = passed ? 0 : 1;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
