import type { AnyOperation } from './operation';

/** Anyone may keep a catalog read, but must ask again (a 304 when unchanged) before using it. */
const PUBLIC_READ = 'public, max-age=0, must-revalidate';
/** Tokens and everything that belongs to one user stay out of every cache. */
const PRIVATE = 'no-store';

export const cacheControlOf = (operation: AnyOperation): string =>
  operation.method === 'get' && operation.access === 'anyone' ? PUBLIC_READ : PRIVATE;

export const PRIVATE_CACHE_CONTROL = PRIVATE;
