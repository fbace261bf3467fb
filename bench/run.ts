import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseOptions, type Options } from './options';
import { ROOT } from './processes';
import { type RunInfo, markdown, writeResults } from './report';
import { byIdScenario, conditionalScenario, listScenario } from './scenarios/catalog-reads';
import { checkoutScenario, stockForCheckout } from './scenarios/checkout';
import { loginStallScenario } from './scenarios/login-stall';
import { runScenario, type ScenarioResult } from './scenarios/run-scenario';
import { SCALING, scalingScenario } from './scenarios/scaling';
import type { Scenario } from './scenarios/scenario';
import { listingPaths, productPaths } from './setup/catalog-requests';
import { sameAnswers } from './setup/same-answers';
import { seededDatabase } from './setup/scratch-database';
import { buildService } from './setup/service-build';
import { PROFILE_DIR, startHttpCeiling, startServiceAndDatabaseCeiling } from './setup/servers';
import { signUpShoppers } from './setup/shoppers';
import { sqlClient } from './sql/sql-client';
import { Teardown } from './teardown';

const benchStarted = performance.now();
const step = (message: string) => console.log(`[${((performance.now() - benchStarted) / 1000).toFixed(1)} s] ${message}`);

async function prepareAndRun(options: Options, teardown: Teardown): Promise<ScenarioResult[]> {
  step(`Seeding ${options.products} products into a fresh ${options.db} database${options.fromSource ? '' : ' and compiling the service'}`);
  const [database, entryPoint] = await Promise.all([
    seededDatabase(options.db, options.products).then((seeded) => {
      teardown.add(() => seeded.drop());
      return seeded;
    }),
    options.fromSource ? 'src/main.ts' : buildService(),
  ]);
  const db = await sqlClient(database.url);
  teardown.add(() => db.close());
  step('Starting the service and the database ceiling');
  const { service, databaseCeiling } = await startServiceAndDatabaseCeiling(entryPoint, database.url, options.cpuProfile, teardown);

  step(`Signing up ${options.buyers} buyers and ${options.loginClients} visitors`);
  const buyers = await signUpShoppers(service.baseUrl, 'buyer', options.buyers);
  const visitors = await signUpShoppers(service.baseUrl, 'visitor', options.loginClients);
  const checkout = await stockForCheckout(db, buyers);

  const listing = await listingPaths(db);
  const products = await productPaths(db, options.productPaths);
  step(`Comparing the service's and the database ceiling's answers to ${listing.length + products.length} paths`);
  const answers = await sameAnswers(service, databaseCeiling, [...listing, ...products]);
  const httpCeiling = await startHttpCeiling(answers.bodies, options.cpuProfile, teardown);
  step('Servers ready');
  if (options.cpuProfile) {
    const into = ((performance.now() - service.startedAt) / 1000).toFixed(1);
    step(`CPU profiles go to ${PROFILE_DIR}; the scenarios start ${into} s into the service's (profile-summary.ts --from ${into})`);
  }

  const servers = { service, databaseCeiling, httpCeiling };
  const asPaths = (paths: string[]) => paths.map((requestPath) => ({ path: requestPath }));
  const conditional = products.map((requestPath) => ({ path: requestPath, headers: { 'If-None-Match': answers.entityTags[requestPath] ?? '"none"' } }));
  const scenarios: Scenario[] = [
    listScenario(servers, asPaths(listing), options.connections),
    byIdScenario(servers, asPaths(products), options.connections),
    conditionalScenario(service, conditional, options.connections),
    loginStallScenario(service, asPaths(listing), visitors),
    // Last: orders change the stock, and with it the answers the other scenarios compare.
    checkoutScenario(service, databaseCeiling, checkout, options.maxBurstsPerRound),
  ];
  const names = [...scenarios.map((scenario) => scenario.name), SCALING];
  const unknown = options.only.filter((name) => !names.includes(name));
  if (unknown.length) throw new Error(`No scenario named ${unknown.join(', ')}: choose from ${names.join(', ')}`);
  const wanted = (name: string) => options.only.length === 0 || options.only.includes(name);
  const chosen = scenarios.filter((scenario) => wanted(scenario.name));
  // Brings catalogs and services of its own, so they are made only when it runs.
  if (wanted(SCALING)) chosen.push(await scalingScenario(options, entryPoint, teardown, step));

  const results: ScenarioResult[] = [];
  for (const scenario of chosen) {
    step(`Running ${scenario.title}`);
    results.push(await runScenario(scenario, options, !options.smoke));
  }
  return results;
}

/** The commit measured, and whether the service's sources differed from it. */
function commit(): string {
  const git = (...args: string[]) => execFileSync('git', ['--no-optional-locks', ...args], { cwd: ROOT, encoding: 'utf8' }).trim();
  try {
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src', 'migrations') ? ' with uncommitted changes in src/' : ''}`;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date();
  const loadAverage = loadavg();
  const measured = commit();
  const teardown = new Teardown();
  let results: ScenarioResult[];
  try {
    results = await prepareAndRun(options, teardown);
  } finally {
    await teardown.run();
  }
  const info: RunInfo = {
    db: options.db,
    products: options.products,
    smoke: options.smoke,
    service: options.fromSource ? 'from source through tsx' : 'compiled',
    secondsPerRound: options.seconds,
    roundsPerContender: options.roundsPerContender,
    connections: options.connections,
    startedAt: startedAt.toISOString(),
    elapsedSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    commit: measured,
    node: process.version,
    loadAverage,
  };
  const table = markdown(info, results);
  console.log(`\n${table}`);
  console.log(`Written to ${await writeResults(info, results, table)}.{json,md}`);

  const errors = results.flatMap((result) => result.rows).reduce((sum, row) => sum + row.errors, 0);
  const missed = results.flatMap((result) => result.comparisons).filter((comparison) => comparison.met === false);
  if (errors > 0) console.error(`${errors} requests failed.`);
  if (missed.length > 0) console.error(`${missed.length} target(s) missed.`);
  process.exitCode = errors > 0 || missed.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
