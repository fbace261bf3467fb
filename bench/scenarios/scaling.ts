import type { Options } from '../options';
import { growCatalog } from '../setup/catalog-growth';
import { pagePaths } from '../setup/catalog-requests';
import { checkTotals, checkTotalsUnderWrites } from '../setup/exact-totals';
import { analyze, seededDatabase } from '../setup/scratch-database';
import { startCatalogService } from '../setup/servers';
import { sqlClient } from '../sql/sql-client';
import type { Teardown } from '../teardown';
import { reading } from './catalog-reads';
import type { Scenario } from './scenario';

export const SCALING = 'scaling';

/** The catalog before and after it grows, and the deep page compared with the first. */
const FULL = { small: 1_000, large: 100_000, deepPage: 200 };
// Small enough for CI, with a deep page that the grown catalog still has.
const SMOKE = { small: 100, large: 1_000, deepPage: 5 };

const count = (products: number) => products.toLocaleString('en');

/** A catalog on a fresh database, grown to each size in turn, served by a service of its own. */
async function servedCatalog(options: Options, entryPoint: string, sizes: number[], label: string, teardown: Teardown) {
  const database = await seededDatabase(options.db, 0);
  teardown.add(() => database.drop());
  const db = await sqlClient(database.url);
  teardown.add(() => db.close());
  for (const size of sizes) await growCatalog(db, size);
  await analyze(database.url);
  return { db, service: await startCatalogService(entryPoint, database.url, label, options.cpuProfile, teardown) };
}

/**
 * The listing's cost as the catalog grows: the first page of a category at `small` and at
 * `large` products, and a deep page at `large`. Two catalogs, the same `small` products in each
 * and one grown to `large`, each behind its own service, so that all three take turns round by
 * round. Before it measures, it checks that `total` stays exact through bursts of products
 * created, moved and deleted at once.
 */
export async function scalingScenario(
  options: Options,
  entryPoint: string,
  teardown: Teardown,
  step: (message: string) => void,
): Promise<Scenario> {
  const { small, large, deepPage } = options.smoke ? SMOKE : FULL;
  step(`Scaling: seeding two catalogs of ${count(small)} products and growing one to ${count(large)}`);
  const [before, after] = await Promise.all([
    servedCatalog(options, entryPoint, [small], 'small-catalog', teardown),
    servedCatalog(options, entryPoint, [small, large], 'large-catalog', teardown),
  ]);
  const checked = (await checkTotals(before.service, before.db)) + (await checkTotalsUnderWrites(after.service, after.db));
  step(`Scaling: ${checked} totals exact, as seeded and after bursts of concurrent creates, moves and deletes`);

  const firstBefore = `page 1 at ${count(small)} products`;
  const firstAfter = `page 1 at ${count(large)} products`;
  const deepAfter = `page ${deepPage} at ${count(large)} products`;
  const requests = async (db: typeof before.db, page: number) => (await pagePaths(db, page)).map((path) => ({ path }));
  return {
    name: SCALING,
    title: `GET /products?categoryId&pageSize=20&sort, ${count(small)} → ${count(large)} products`,
    contenders: [
      reading(before.service, firstBefore, await requests(before.db, 1), options.connections),
      reading(after.service, firstAfter, await requests(after.db, 1), options.connections),
      reading(after.service, deepAfter, await requests(after.db, deepPage), options.connections),
    ],
    comparisons: [
      { subject: firstAfter, reference: firstBefore, metric: 'requestsPerSecond', atLeast: 0.8 },
      { subject: deepAfter, reference: firstAfter, metric: 'requestsPerSecond', atLeast: 0.5 },
      { subject: firstAfter, reference: firstBefore, metric: 'cpuMsPerRequest' },
      { subject: deepAfter, reference: firstAfter, metric: 'cpuMsPerRequest' },
    ],
  };
}
