import { Gauge, type Registry } from 'prom-client';
import { QueryTypes } from 'sequelize';
import type { Database } from '../sequelize/database';

interface Backlog {
  pending: number | string;
  oldest: Date | string | null;
}

// What the relay still owes: deliveries not yet made, and events the broker has not confirmed.
const BACKLOG_SQL = `
  SELECT SUM(pending) AS pending, MIN(oldest) AS oldest FROM (
    SELECT COUNT(*) AS pending, MIN(created_at) AS oldest FROM webhook_deliveries WHERE status = 'pending'
    UNION ALL
    SELECT COUNT(*) AS pending, MIN(created_at) AS oldest FROM events WHERE published_at IS NULL
  ) backlog`;

/**
 * The outbox's backlog, read at each scrape: a relay that stopped shows as a growing count and
 * age on a dashboard, long before anyone misses an e-mail.
 */
export function registerOutboxGauges(registry: Registry, database: Database): void {
  const read = async () => {
    const [row] = await database.sequelize.query<Backlog>(BACKLOG_SQL, { type: QueryTypes.SELECT });
    return row;
  };
  new Gauge({
    name: 'storefront_outbox_pending',
    help: 'Webhook deliveries and broker publications still to be made',
    registers: [registry],
    // Every worker reads the same database: their numbers are one number, not a sum.
    aggregator: 'max',
    async collect() {
      this.set(Number((await read())?.pending ?? 0));
    },
  });
  new Gauge({
    name: 'storefront_outbox_oldest_pending_age_seconds',
    help: 'Age of the oldest event still to be delivered or published; 0 when none is',
    registers: [registry],
    aggregator: 'max',
    async collect() {
      const oldest = (await read())?.oldest;
      this.set(oldest ? Math.max(0, (Date.now() - new Date(oldest).getTime()) / 1000) : 0);
    },
  });
}
