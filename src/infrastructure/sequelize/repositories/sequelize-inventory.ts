import { Op } from 'sequelize';
import { inject, injectable } from 'tsyringe';
import type { Inventory, Offer } from '../../../application/ports/inventory';
import { Money } from '../../../domain/shared/money';
import { Database } from '../database';

@injectable()
export class SequelizeInventory implements Inventory {
  constructor(@inject(Database) private readonly db: Database) {}

  async offerOf(productId: number): Promise<Offer | null> {
    const row = await this.db.models.Product.findOne({
      where: { id: productId, deletedAt: null },
      attributes: ['quantity', 'priceCents'],
      ...this.db.scope(),
    });
    return row ? { stock: row.quantity, price: Money.ofMinor(row.priceCents) } : null;
  }

  async take(productId: number, quantity: number): Promise<boolean> {
    // One conditional UPDATE: the row lock it takes makes concurrent takes wait, and the
    // condition is checked again against the committed stock, so it can never go negative.
    // Sent as written: checkout sends one per line.
    const { changed } = await this.db.sql.write(
      'UPDATE products SET quantity = quantity - ?, updated_at = ? WHERE id = ? AND quantity >= ? AND deleted_at IS NULL',
      [quantity, new Date(), productId, quantity],
    );
    return changed === 1;
  }

  async restore(productId: number, quantity: number, max: number): Promise<boolean> {
    const [changed] = await this.db.models.Product.update(
      { quantity: this.adjusted(quantity) },
      { where: { id: productId, quantity: { [Op.lte]: max - quantity } }, ...this.db.scope() },
    );
    return changed === 1;
  }

  private adjusted(by: number) {
    return this.db.sequelize.literal(`quantity + ${this.db.sequelize.escape(by)}`) as unknown as number;
  }
}
