import cluster from 'node:cluster';
import { Counter, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../sequelize/database';
import { registerDatabasePoolGauge } from './database-pool-gauge';
import { registerOutboxGauges } from './outbox-gauges';
import { allWorkersMetrics, lendToPrimary } from './worker-metrics';

/**
 * The Prometheus metrics of one application. Its registry is its own, not prom-client's global
 * one, so that applications sharing a process never count into each other's; whatever else wants
 * to be measured registers its metrics on it.
 */
export class Metrics {
  readonly registry = new Registry();
  /** Attempts of webhook deliveries, by what came of them: `delivered`, `retrying` or `dead`. */
  readonly webhookDeliveries = new Counter({
    name: 'storefront_webhook_deliveries_total',
    help: 'Webhook delivery attempts, by outcome',
    labelNames: ['status'],
    registers: [this.registry],
  });

  /**
   * Readies the registry to be served: adds the Node.js process defaults and the database pool,
   * and in a worker of `WEB_CONCURRENCY` lends the registry to the primary, which adds up all of them.
   */
  serve(database: Database): void {
    collectDefaultMetrics({ register: this.registry });
    registerDatabasePoolGauge(this.registry, database);
    registerOutboxGauges(this.registry, database);
    if (cluster.isWorker) lendToPrimary(this.registry);
  }

  /** What a scrape gets: this process's metrics, or in a worker, those of all the workers added up. */
  async scrape(): Promise<{ contentType: string; text: string }> {
    const text = cluster.isWorker ? await allWorkersMetrics() : await this.registry.metrics();
    return { contentType: this.registry.contentType, text };
  }
}
