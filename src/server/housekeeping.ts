import { PurgeExpiredCarts } from '../application/cart/purge-expired-carts';
import type { Application } from '../container';

// Expiry is checked on every read, so purging only reclaims space: once an hour is plenty.
const PURGE_INTERVAL_MS = 60 * 60 * 1000;

/** Deletes expired guest carts now and then; returns a function that stops it. */
export function startHousekeeping(application: Application): () => void {
  const { logger } = application;
  const purge = () =>
    application
      .resolve(PurgeExpiredCarts)
      .execute()
      .then(
        (count) => {
          if (count > 0) logger.info({ count }, 'purged expired guest carts');
        },
        (error: unknown) => logger.warn({ err: error }, 'could not purge expired guest carts'),
      );
  const first = setTimeout(purge, 1_000).unref();
  const every = setInterval(purge, PURGE_INTERVAL_MS).unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
