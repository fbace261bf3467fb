import { inject, injectable } from 'tsyringe';
import type { CartRepository } from '../../../application/ports/cart-repository';
import type { CartLine } from '../../../domain/cart/cart';
import { Money } from '../../../domain/shared/money';
import { Database } from '../database';

@injectable()
export class SequelizeCartRepository implements CartRepository {
  constructor(@inject(Database) private readonly db: Database) {}

  async lines(userId: number): Promise<CartLine[]> {
    const rows = await this.db.models.CartItem.findAll({
      where: { userId },
      include: [{ model: this.db.models.Product, as: 'product', required: true, where: { deletedAt: null } }],
      order: [['id', 'ASC']],
      ...this.db.scope(),
    });
    return rows.map((row) => {
      const product = row.product!;
      return {
        productId: row.productId,
        quantity: row.quantity,
        product: {
          id: product.id,
          name: product.name,
          price: Money.ofMinor(product.priceCents),
          imageUrl: product.imageUrl,
          quantity: product.quantity,
        },
      };
    });
  }

  async quantityOf(userId: number, productId: number): Promise<number> {
    const row = await this.db.models.CartItem.findOne({
      where: { userId, productId },
      attributes: ['quantity'],
      ...this.db.scope(),
    });
    return row?.quantity ?? 0;
  }

  async setQuantity(userId: number, productId: number, quantity: number): Promise<void> {
    const model = this.db.models.CartItem;
    const where = { userId, productId };
    if (quantity === 0) {
      await model.destroy({ where, ...this.db.scope() });
      return;
    }
    const [updated] = await model.update({ quantity }, { where, ...this.db.scope() });
    if (updated === 0) await model.create({ ...where, quantity }, this.db.scope());
  }

  async clear(userId: number): Promise<void> {
    await this.db.models.CartItem.destroy({ where: { userId }, ...this.db.scope() });
  }
}
