import { Op } from 'sequelize';
import { inject, injectable } from 'tsyringe';
import type { BrokerBacklog, OutgoingEvent } from '../../../application/ports/event-broker';
import { Database } from '../database';

@injectable()
export class SequelizeBrokerBacklog implements BrokerBacklog {
  constructor(@inject(Database) private readonly db: Database) {}

  async claim(now: Date, claimedUntil: Date, limit: number): Promise<OutgoingEvent[]> {
    const { Event } = this.db.models;
    const unclaimed = { publishedAt: null, [Op.or]: [{ leasedUntil: null }, { leasedUntil: { [Op.lte]: now } }] };
    const candidates = await Event.findAll({
      where: unclaimed,
      attributes: ['id', 'type', 'body'],
      order: [['createdAt', 'ASC']],
      limit,
      ...this.db.scope(),
    });
    const claimed: OutgoingEvent[] = [];
    for (const { id, type, body } of candidates) {
      // The condition is checked again by the update itself: of two relays, one claims it.
      const [taken] = await Event.update({ leasedUntil: claimedUntil }, { where: { id, ...unclaimed }, ...this.db.scope() });
      if (taken === 1) claimed.push({ id, type, body });
    }
    return claimed;
  }

  async markPublished(ids: string[], at: Date): Promise<void> {
    await this.db.models.Event.update({ publishedAt: at, leasedUntil: null }, { where: { id: ids }, ...this.db.scope() });
  }

  async release(ids: string[]): Promise<void> {
    await this.db.models.Event.update({ leasedUntil: null }, { where: { id: ids }, ...this.db.scope() });
  }
}
