import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseOptions, type Options } from './options';
import { ROOT } from './processes';
import { type ProcessCheck, type RunInfo, markdown, writeResults } from './report';
import { byIdScenario, conditionalScenario, listScenario } from './scenarios/catalog-reads';
import { checkoutScenario, stockForCheckout } from './scenarios/checkout';
import { loginStallScenario } from './scenarios/login-stall';
import { runScenario, type ScenarioResult } from './scenarios/run-scenario';
import { SCALING, scalingScenario } from './scenarios/scaling';
import type { Scenario } from './scenarios/scenario';
import { WORKERS, workersScenario } from './scenarios/workers';
import { listingPaths, productPaths } from './setup/catalog-requests';
import { sameAnswers } from './setup/same-answers';
import { seededDatabase } from './setup/scratch-database';
import { buildService } from './setup/service-build';
import { PROFILE_DIR, startHttpCeiling, startServiceAndDatabaseCeiling, startServiceWorkers } from './setup/servers';
import { signUpShoppers } from './setup/shoppers';
import { sqlClient } from './sql/sql-client';
import { Teardown } from './teardown';

const benchStarted = performance.now();
const step = (message: string) => console.log(`[${((performance.now() - benchStarted) / 1000).toFixed(1)} s] ${message}`);

// What the service process itself may take: the time to its first answer, the memory it holds.
const FIRST_ANSWER_MS = 1_000;
const RSS_MEGABYTES = 150;

interface Outcome {
  results: ScenarioResult[];
  checks: ProcessCheck[];
}

async function prepareAndRun(options: Options, teardown: Teardown): Promise<Outcome> {
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
  const names = [...scenarios.map((scenario) => scenario.name), WORKERS, SCALING];
  const unknown = options.only.filter((name) => !names.includes(name));
  if (unknown.length) throw new Error(`No scenario named ${unknown.join(', ')}: choose from ${names.join(', ')}`);
  const wanted = (name: string) => options.only.length === 0 || options.only.includes(name);
  const chosen = scenarios.filter((scenario) => wanted(scenario.name));
  if (wanted(WORKERS)) {
    step('Starting the service again with WEB_CONCURRENCY=2');
    const twoWorkers = await startServiceWorkers(entryPoint, database.url, 2, options.cpuProfile, teardown);
    chosen.push(workersScenario(service, twoWorkers, asPaths(listing), options.connections));
  }
  // Brings catalogs and services of its own, so they are made only when it runs.
  if (wanted(SCALING)) chosen.push(await scalingScenario(options, entryPoint, teardown, step));

  const results: ScenarioResult[] = [];
  for (const scenario of chosen) {
    step(`Running ${scenario.title}`);
    results.push(await runScenario(scenario, options, !options.smoke));
  }
  const judged = (value: number, atMost: number) => (options.smoke ? undefined : value <= atMost);
  const rss = Math.round(await service.rssMegabytes());
  const firstAnswer = service.firstAnswerMs ?? Infinity;
  const checks: ProcessCheck[] = [
    { label: 'first answer after start', value: firstAnswer, unit: 'ms', atMost: FIRST_ANSWER_MS, met: judged(firstAnswer, FIRST_ANSWER_MS) },
    { label: 'RSS after the scenarios', value: rss, unit: 'MB', atMost: RSS_MEGABYTES, met: judged(rss, RSS_MEGABYTES) },
  ];
  return { results, checks };
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
  let outcome: Outcome;
  try {
    outcome = await prepareAndRun(options, teardown);
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
  const { results, checks } = outcome;
  const table = markdown(info, results, checks);
  console.log(`\n${table}`);
  console.log(`Written to ${await writeResults(info, results, checks, table)}.{json,md}`);

  const errors = results.flatMap((result) => result.rows).reduce((sum, row) => sum + row.errors, 0);
  const missed = [...results.flatMap((result) => result.comparisons), ...checks].filter((judged) => judged.met === false);
  if (errors > 0) console.error(`${errors} requests failed.`);
  if (missed.length > 0) console.error(`${missed.length} target(s) missed.`);
  process.exitCode = errors > 0 || missed.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
