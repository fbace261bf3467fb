import type { Application } from '../container';
import type { Config } from '../infrastructure/config';

/**
 * What runs once before serving, never in every worker: the embedded database is migrated (a
 * server database must have been, by `npm run migrate`), and the configured admin is made sure of.
 */
export async function release(application: Application, config: Config): Promise<void> {
  const { logger } = application;
  if (application.database.dialect === 'sqlite') {
    const applied = await application.migrate();
    if (applied.length) logger.info({ applied }, 'migrated the embedded database');
  } else {
    const pending = await application.pendingMigrations();
    if (pending.length) throw new Error(`The database has ${pending.length} pending migrations: run npm run migrate first.`);
  }
  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
    await application.ensureAdmin({ email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD });
    logger.info({ email: config.ADMIN_EMAIL }, 'admin account is in place');
  }
}
