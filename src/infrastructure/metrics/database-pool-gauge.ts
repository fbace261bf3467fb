import { Gauge, type Registry } from 'prom-client';
import type { Database } from '../sequelize/database';

/** What sequelize-pool tells of itself; Sequelize's types leave its pool out. */
interface PoolCounts {
  available: number;
  using: number;
  waiting: number;
}

/**
 * The connections of the server database's pool, read at each scrape: idle, used, and the
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
      if (database.dialect === 'sqlite') return;
      const { pool } = database.sequelize.connectionManager as unknown as { pool: PoolCounts };
      this.set({ state: 'idle' }, pool.available);
      this.set({ state: 'used' }, pool.using);
      this.set({ state: 'waiting' }, pool.waiting);
    },
  });
}
