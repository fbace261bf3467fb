import { inject, injectable } from 'tsyringe';
import type { UnitOfWork } from '../../application/ports/unit-of-work';
import { Database } from './database';
import { isTransientConflict } from './driver-errors';

const MAX_ATTEMPTS = 5;

/**
 * Runs work in one Sequelize transaction; nested runs join the outer one. A transaction the
 * database aborts to break a deadlock is run again, so clients never see the deadlock.
 * SQLite has a single writer, so its transactions are queued here instead of failing busy.
 */
@injectable()
export class SequelizeUnitOfWork implements UnitOfWork {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(@inject(Database) private readonly db: Database) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.db.transaction) return work();
    if (this.db.dialect === 'sqlite') return this.enqueue(() => this.db.runInTransaction(work));
    return this.withRetries(work);
  }

  private async withRetries<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.runInTransaction(work);
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isTransientConflict(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      }
    }
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task, task);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
