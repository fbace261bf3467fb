import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Measurement, checkoutBurst, hammer } from './scenarios';
import { seed, startServer } from './server';

/**
 * What a shop on the embedded database should be able to count on with 10 busy clients, on a
 * 2-core machine that also runs the load generator.
 */
const TARGETS = {
  listingP99Ms: 250,
  productP99Ms: 75,
  checkoutP99Ms: 1_500,
  serverRssMegabytes: 350,
};

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

async function main(): Promise<void> {
  const file = path.join(tmpdir(), `storefront-bench-${randomBytes(4).toString('hex')}.sqlite`);
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${file}`;
  console.log(`Seeding ${PRODUCTS} products into ${databaseUrl}`);
  const seeded = performance.now();
  await seed(databaseUrl, PRODUCTS);
  console.log(`Seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

  const admin = { email: 'bench-admin@shop.test', password: 'benchmark admin password' };
  const server = await startServer({
    DATABASE_URL: databaseUrl,
    AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
  });
  try {
    const base = server.baseUrl;
    const results: Measurement[] = [
      await hammer('GET /products (newest first)', `${base}/products`, SECONDS),
      await hammer('GET /products?q=…&sort=price', `${base}/products?q=lamp&sort=price&pageSize=50`, SECONDS),
      await hammer('GET /products?filters, page 50', `${base}/products?minPrice=5&maxPrice=500&inStock=true&page=50`, SECONDS),
      await hammer('GET /products/:id', `${base}/products/42`, SECONDS),
      await checkoutBurst(base, 50, admin),
    ];
    const rss = await server.rssMegabytes();
    console.table(results);
    console.log(`Server memory after the run: ${rss.toFixed(0)} MB resident`);

    const misses = [
      ...results.slice(0, 3).filter((r) => r.p99Ms > TARGETS.listingP99Ms).map((r) => `${r.name}: p99 ${r.p99Ms} ms > ${TARGETS.listingP99Ms} ms`),
      ...results.slice(3, 4).filter((r) => r.p99Ms > TARGETS.productP99Ms).map((r) => `${r.name}: p99 ${r.p99Ms} ms > ${TARGETS.productP99Ms} ms`),
      ...results.slice(4).filter((r) => r.p99Ms > TARGETS.checkoutP99Ms).map((r) => `${r.name}: p99 ${r.p99Ms} ms > ${TARGETS.checkoutP99Ms} ms`),
      ...results.filter((r) => r.errors > 0).map((r) => `${r.name}: ${r.errors} failed requests`),
      ...(rss > TARGETS.serverRssMegabytes ? [`memory ${rss.toFixed(0)} MB > ${TARGETS.serverRssMegabytes} MB`] : []),
    ];
    console.log(misses.length ? `Targets missed:\n- ${misses.join('\n- ')}` : 'All targets met.');
    process.exitCode = misses.length ? 1 : 0;
  } finally {
    await server.stop();
    await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(file + suffix, { force: true })));
  }
}

void main();
