import type { AddressInfo } from 'node:net';
import type { Application } from '../container';
import type { Config } from '../infrastructure/config';
import { drainable } from './draining';
import { startHousekeeping } from './housekeeping';
import { startRelay } from './relay';

const SHUTDOWN_GRACE_MS = 10_000;
// Past the grace period connections are cut; whatever still holds the process after this is given up on.
const SHUTDOWN_DEADLINE_MS = SHUTDOWN_GRACE_MS + 5_000;
// A client must send its headers, and then its whole request, within these.
const HEADERS_TIMEOUT_MS = 10_000;
const RECEIVE_TIMEOUT_MS = 30_000;

/** Serves the application until SIGTERM or SIGINT, then finishes the requests in flight and exits. */
export function serve(application: Application, config: Config): void {
  const { logger } = application;
  // Express hands a failure to listen (a port in use, say) to this callback.
  const server = application.app.listen(config.PORT, config.HOST ?? '::', (error?: Error) => {
    if (error) {
      logger.fatal({ err: error, port: config.PORT }, 'cannot listen');
      process.exit(1);
    }
    const { port } = server.address() as AddressInfo;
    logger.info({ port, database: application.database.dialect }, 'storefront is listening');
  });
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = RECEIVE_TIMEOUT_MS;
  const draining = drainable(server, SHUTDOWN_GRACE_MS);
  const stopHousekeeping = startHousekeeping(application);
  const stopRelay = startRelay(application);

  const stop = (signal: string) => {
    logger.info({ signal }, 'stopping: finishing requests in flight');
    stopHousekeeping();
    setTimeout(() => {
      logger.error('could not stop within the shutdown deadline');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    Promise.all([draining.drain(), stopRelay()]).then(
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
}
