import { Gauge, type Registry } from 'prom-client';
import type { Database } from '../sequelize/database';

/**
 * The connections of the server database's pools, read at each scrape: idle, used, and the
 * requests waiting for one. SQLite has no pool (one connection, and readers of its own), so it
 * reports none.
 */
export function registerDatabasePoolGauge(registry: Registry, database: Database): void {
  new Gauge({
    name: 'storefront_db_pool_connections',
    help: 'Connections of the database pool, by state',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const counts = database.poolCounts();
      if (!counts) return;
      this.set({ state: 'idle' }, counts.idle);
      this.set({ state: 'used' }, counts.used);
      this.set({ state: 'waiting' }, counts.waiting);
    },
  });
}
