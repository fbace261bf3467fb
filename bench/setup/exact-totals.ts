import type { RunningServer } from '../processes';
import type { SqlClient } from '../sql/sql-client';
import { BENCH_ADMIN } from './servers';

// Enough writers at once that the category counts see concurrent increments on every database.
const WRITERS = 12;

async function call<T>(server: RunningServer, method: string, path: string, token?: string, body?: unknown): Promise<T> {
  const response = await fetch(server.baseUrl + path, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${server.name} answered ${response.status} to ${method} ${path}: ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/**
 * Fails unless the listing's `total`, for each category and for the whole catalog, is what
 * counting the live products in the database finds. Answers how many totals it compared.
 */
export async function checkTotals(service: RunningServer, db: SqlClient): Promise<number> {
  const counted = await db.rows<{ id: number; live: number | string }>(
    `SELECT c.id, (SELECT COUNT(*) FROM products p WHERE p.category_id = c.id AND p.deleted_at IS NULL) AS live
     FROM categories c ORDER BY c.id`,
  );
  const expected = [
    ...counted.map(({ id, live }) => ({ path: `/products?categoryId=${id}&pageSize=1`, total: Number(live) })),
    { path: '/products?pageSize=1', total: counted.reduce((sum, { live }) => sum + Number(live), 0) },
  ];
  for (const { path, total } of expected) {
    const answered = (await call<{ total: number }>(service, 'GET', path)).total;
    if (answered !== total) throw new Error(`GET ${path} answered total ${answered}, but the database holds ${total} such products`);
  }
  return expected.length;
}

/**
 * Writes the catalog through the service, many writers at once: creates products across the
 * categories, moves half of them to the next category, deletes them all, checking the totals
 * after each step. The catalog ends with as many live products as it started with.
 */
export async function checkTotalsUnderWrites(service: RunningServer, db: SqlClient): Promise<number> {
  const { accessToken } = await call<{ accessToken: string }>(service, 'POST', '/auth/login', undefined, BENCH_ADMIN);
  const categoryIds = (await db.rows<{ id: number }>('SELECT id FROM categories ORDER BY id')).map(({ id }) => id);
  const categoryOf = (n: number) => categoryIds[n % categoryIds.length]!;
  const all = <T>(count: number, write: (n: number) => Promise<T>) => Promise.all(Array.from({ length: count }, (_, n) => write(n)));
  let compared = await checkTotals(service, db);

  const created = await all(WRITERS, (n) =>
    call<{ id: number }>(service, 'POST', '/products', accessToken, { name: `Total check ${n}`, price: 1, quantity: 1, categoryId: categoryOf(n) }),
  );
  compared += await checkTotals(service, db);
  await all(WRITERS / 2, (n) => call(service, 'PUT', `/products/${created[n]!.id}`, accessToken, { categoryId: categoryOf(n + 1) }));
  compared += await checkTotals(service, db);
  await all(WRITERS, (n) => call(service, 'DELETE', `/products/${created[n]!.id}`, accessToken));
  return compared + (await checkTotals(service, db));
}
