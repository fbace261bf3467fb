import { inject, injectable } from 'tsyringe';
import type { BrokerBacklog, OutgoingEvent } from '../../../application/ports/event-broker';
import { Database } from '../database';

@injectable()
export class SequelizeBrokerBacklog implements BrokerBacklog {
  constructor(@inject(Database) private readonly db: Database) {}

  async next(limit: number): Promise<OutgoingEvent[]> {
    const rows = await this.db.models.Event.findAll({
      where: { publishedAt: null },
      attributes: ['id', 'type', 'body'],
      order: [['createdAt', 'ASC']],
      limit,
      ...this.db.scope(),
    });
    return rows.map(({ id, type, body }) => ({ id, type, body }));
  }

  async markPublished(ids: string[], at: Date): Promise<void> {
    await this.db.models.Event.update({ publishedAt: at }, { where: { id: ids }, ...this.db.scope() });
  }
}
