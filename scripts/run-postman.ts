/**
 * Runs the Postman collection against a real server: `npm run test:postman`.
 *
 * Starts the server on a fresh SQLite database in a temporary directory and a free port, with the
 * admin of the Postman environment, runs the collection with newman, stops the server and exits
 * non-zero if any request or assertion failed.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type RunSummary, run } from 'newman';
import { ROOT, finished, listeningPort, runScript } from '../test/support/processes';

const COLLECTION = path.join(ROOT, 'postman/storefront.postman_collection.json');
const ENVIRONMENT = path.join(ROOT, 'postman/storefront.postman_environment.json');

interface PostmanEnvironment {
  values: { key: string; value: string }[];
}

async function environmentValue(key: string): Promise<string> {
  const environment = JSON.parse(await readFile(ENVIRONMENT, 'utf8')) as PostmanEnvironment;
  const entry = environment.values.find((value) => value.key === key);
  if (!entry) throw new Error(`${ENVIRONMENT} has no ${key}`);
  return entry.value;
}

function runCollection(baseUrl: string): Promise<RunSummary> {
  return new Promise((resolve, reject) => {
    run(
      { collection: COLLECTION, environment: ENVIRONMENT, envVar: [{ key: 'baseUrl', value: baseUrl }], reporters: 'cli', timeoutRequest: 30_000 },
      (error, summary) => (error ? reject(error) : resolve(summary)),
    );
  });
}

async function main(): Promise<boolean> {
  const directory = await mkdtemp(path.join(tmpdir(), 'storefront-postman-'));
  const server = runScript('src/main.ts', [], {
    PORT: '0',
    DATABASE_URL: `sqlite:${path.join(directory, 'storefront.sqlite')}`,
    ADMIN_EMAIL: await environmentValue('adminEmail'),
    ADMIN_PASSWORD: await environmentValue('adminPassword'),
    // The collection logs in several times; the default limit is meant for real clients.
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
  });
  const exit = finished(server);
  try {
    const port = await listeningPort(server);
    const summary = await runCollection(`http://127.0.0.1:${port}`);
    return summary.run.failures.length === 0 && !summary.run.error;
  } catch (error) {
    console.error(error);
    return false;
  } finally {
    server.kill('SIGTERM');
    const stopped = await exit;
    if (stopped.code !== 0) console.error(`The server exited with ${stopped.code}:\n${stopped.stderr}`);
    await rm(directory, { recursive: true, force: true });
  }
}

main().then((passed) => {
  process.exitCode = passed ? 0 : 1;
});
