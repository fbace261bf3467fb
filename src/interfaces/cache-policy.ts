import type { AnyOperation } from './operation';

/** Anyone may keep a catalog read, but must ask again (a 304 when unchanged) before using it. */
const PUBLIC_READ = 'public, max-age=0, must-revalidate';
/** Tokens and everything that belongs to one user stay out of every cache. */
const PRIVATE = 'no-store';

/** A read anyone may make: the same answer for everyone, so caches may keep it. */
export const isPublicRead = (operation: AnyOperation): boolean => operation.method === 'get' && operation.access === 'anyone';

export const cacheControlOf = (operation: AnyOperation): string => (isPublicRead(operation) ? PUBLIC_READ : PRIVATE);

export const PRIVATE_CACHE_CONTROL = PRIVATE;
