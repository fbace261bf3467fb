import type { AddressInfo } from 'node:net';
import { createApplication } from './container';
import { runCommand } from './cli/run-command';
import { drainable } from './draining';

const SHUTDOWN_GRACE_MS = 10_000;
// Past the grace period connections are cut; whatever still holds the process after this is given up on.
const SHUTDOWN_DEADLINE_MS = SHUTDOWN_GRACE_MS + 5_000;
// A client must send its headers, and then its whole request, within these.
const HEADERS_TIMEOUT_MS = 10_000;
const RECEIVE_TIMEOUT_MS = 30_000;

runCommand(async (config) => {
  const application = await createApplication(config);
  const { logger } = application;

  if (application.database.dialect === 'sqlite') {
    const applied = await application.migrate();
    if (applied.length) logger.info({ applied }, 'migrated the embedded database');
  } else {
    const pending = await application.pendingMigrations();
    if (pending.length) {
      await application.close();
      throw new Error(`The database has ${pending.length} pending migrations: run npm run migrate first.`);
    }
  }
  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
    await application.ensureAdmin({ email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD });
    logger.info({ email: config.ADMIN_EMAIL }, 'admin account is in place');
  }

  const server = application.app.listen(config.PORT, config.HOST ?? '::', () => {
    const { port } = server.address() as AddressInfo;
    logger.info({ port, database: application.database.dialect }, 'storefront is listening');
  });
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = RECEIVE_TIMEOUT_MS;
  const draining = drainable(server, SHUTDOWN_GRACE_MS);

  const stop = (signal: string) => {
    logger.info({ signal }, 'stopping: finishing requests in flight');
    setTimeout(() => {
      logger.error('could not stop within the shutdown deadline');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    draining.drain().then(
      async () => {
        await application.close();
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'could not stop cleanly');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return 'keep-running';
});
