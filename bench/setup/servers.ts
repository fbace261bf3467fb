import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type RunningServer, startCeiling, startService } from '../processes';
import type { Teardown } from '../teardown';

/**
 * The service configured as the README's production environment has it: glibc's allocator
 * hands each password hash's 19 MiB back once done, and V8's young generation is kept to 8 MiB
 * semi-spaces. The login limit is out of the way of the login scenario.
 */
export function serviceEnvironment(databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'production',
    MALLOC_MMAP_THRESHOLD_: '1048576',
    NODE_OPTIONS: '--max-semi-space-size=8',
    JWT_SECRET: randomBytes(32).toString('hex'),
    AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
  };
}

/** Where `--cpu-prof` profiles go: outside the tree, as they run to tens of megabytes. */
export const PROFILE_DIR = path.join(tmpdir(), 'storefront-bench-profiles');

/** Node's flags for a server: under `--cpu-prof`, each server profiles into a folder of its own. */
const profiling = (cpuProfile: boolean, server: string) =>
  cpuProfile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(PROFILE_DIR, server)}`] : [];

/** The admin a catalog service is started with, for scenarios that write the catalog through it. */
export const BENCH_ADMIN = { email: 'admin@bench.test', password: 'bench admin password, long enough' };

/** A service of its own on another database, with BENCH_ADMIN; stopped at the end. */
export async function startCatalogService(entryPoint: string, databaseUrl: string, label: string, cpuProfile: boolean, teardown: Teardown) {
  const environment = { ...serviceEnvironment(databaseUrl), ADMIN_EMAIL: BENCH_ADMIN.email, ADMIN_PASSWORD: BENCH_ADMIN.password };
  const service = await startService(entryPoint, environment, { nodeFlags: profiling(cpuProfile, `service-${label}`) });
  teardown.add(() => service.stop());
  return service;
}

/** The service again on the same database, as `workers` node:cluster workers sharing one port. */
export async function startServiceWorkers(entryPoint: string, databaseUrl: string, workers: number, cpuProfile: boolean, teardown: Teardown) {
  const environment = { ...serviceEnvironment(databaseUrl), WEB_CONCURRENCY: String(workers) };
  const service = await startService(entryPoint, environment, { nodeFlags: profiling(cpuProfile, `service-${workers}-workers`) });
  teardown.add(() => service.stop());
  return service;
}

/**
 * The service, then the database ceiling: one after the other, so that the service's first
 * answer is timed with no other process starting beside it.
 */
export async function startServiceAndDatabaseCeiling(entryPoint: string, databaseUrl: string, cpuProfile: boolean, teardown: Teardown) {
  const service = await startService(entryPoint, serviceEnvironment(databaseUrl), { nodeFlags: profiling(cpuProfile, 'service') });
  teardown.add(() => service.stop());
  const databaseCeiling = await startCeiling('database ceiling', 'bench/ceiling/database-ceiling.ts', { DATABASE_URL: databaseUrl }, { nodeFlags: profiling(cpuProfile, 'database-ceiling') });
  teardown.add(() => databaseCeiling.stop());
  return { service, databaseCeiling };
}

/** The HTTP ceiling, answering from memory the bodies the service gave for each path. */
export async function startHttpCeiling(bodies: Record<string, string>, cpuProfile: boolean, teardown: Teardown): Promise<RunningServer> {
  const file = path.join(tmpdir(), `storefront-bench-answers-${randomBytes(4).toString('hex')}.json`);
  await writeFile(file, JSON.stringify(bodies));
  teardown.add(() => rm(file, { force: true }));
  const httpCeiling = await startCeiling('HTTP ceiling', 'bench/ceiling/http-ceiling.ts', { ANSWERS_FILE: file }, { nodeFlags: profiling(cpuProfile, 'http-ceiling') });
  teardown.add(() => httpCeiling.stop());
  return httpCeiling;
}
