import { createRequire } from 'node:module';

const requireHere = createRequire(__filename);

/**
 * A database driver's package, loaded when a connection first needs it rather than when the
 * process starts: a process loads only its own database's driver, and each of the others would
 * cost tens of milliseconds of start-up.
 */
export function driverPackage<Package>(name: 'mysql2' | 'pg' | 'sqlite3'): Package {
  return requireHere(name) as Package;
}
