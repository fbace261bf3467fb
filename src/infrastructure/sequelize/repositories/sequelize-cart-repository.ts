import { Op, type WhereOptions } from 'sequelize';
import { inject, injectable } from 'tsyringe';
import type { CartChanges, CartKey, CartRepository, StoredCart } from '../../../application/ports/cart-repository';
import type { CartLine } from '../../../domain/cart/cart';
import { Money } from '../../../domain/shared/money';
import { Database } from '../database';
import type { CartRow } from '../models/cart-model';

const toStoredCart = (row: CartRow): StoredCart => ({ id: row.id, discountId: row.discountId, expiresAt: row.expiresAt });

@injectable()
export class SequelizeCartRepository implements CartRepository {
  constructor(@inject(Database) private readonly db: Database) {}

  find(key: CartKey, now: Date): Promise<StoredCart | null> {
    return this.findLive(key, now, false);
  }

  lock(key: CartKey, now: Date): Promise<StoredCart | null> {
    return this.findLive(key, now, true);
  }

  async create(key: CartKey, expiresAt: Date | null): Promise<StoredCart> {
    if ('tokenDigest' in key) return toStoredCart(await this.db.models.Cart.create({ ...key, expiresAt }, this.db.scope()));
    // A user's first cart may be made by two requests at once: the second insert is skipped.
    await this.db.models.Cart.bulkCreate([{ userId: key.userId, expiresAt }], { ignoreDuplicates: true, ...this.db.scope() });
    const row = await this.db.models.Cart.findOne({ where: { userId: key.userId }, ...this.db.scope() });
    return toStoredCart(row!);
  }

  async update(cartId: number, changes: CartChanges): Promise<void> {
    await this.db.models.Cart.update(changes, { where: { id: cartId }, ...this.db.scope() });
  }

  async lines(cartId: number): Promise<CartLine[]> {
    const rows = await this.db.models.CartLine.findAll({
      where: { cartId },
      include: [{ model: this.db.models.Product, as: 'product', required: true, where: { deletedAt: null } }],
      order: [['id', 'ASC']],
      ...this.db.scope(),
    });
    return rows.map((row) => {
      const product = row.product!;
      return {
        productId: row.productId,
        quantity: row.quantity,
        addedPrice: Money.ofMinor(row.addedPriceCents),
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

  async quantityOf(cartId: number, productId: number): Promise<number> {
    const row = await this.db.models.CartLine.findOne({
      where: { cartId, productId },
      attributes: ['quantity'],
      ...this.db.scope(),
    });
    return row?.quantity ?? 0;
  }

  async setQuantity(cartId: number, productId: number, quantity: number, addedPrice: Money): Promise<void> {
    const model = this.db.models.CartLine;
    const where = { cartId, productId };
    if (quantity === 0) {
      await model.destroy({ where, ...this.db.scope() });
      return;
    }
    const line = { quantity, addedPriceCents: addedPrice.minorUnits };
    const [updated] = await model.update(line, { where, ...this.db.scope() });
    if (updated === 0) await model.create({ ...where, ...line }, this.db.scope());
  }

  async clear(cartId: number): Promise<void> {
    await this.db.models.CartLine.destroy({ where: { cartId }, ...this.db.scope() });
    await this.update(cartId, { discountId: null });
  }

  async delete(cartId: number): Promise<void> {
    await this.db.models.Cart.destroy({ where: { id: cartId }, ...this.db.scope() });
  }

  async deleteExpired(now: Date): Promise<number> {
    return this.db.models.Cart.destroy({ where: { expiresAt: { [Op.lte]: now } }, ...this.db.scope() });
  }

  private async findLive(key: CartKey, now: Date, lockForUpdate: boolean): Promise<StoredCart | null> {
    const where: WhereOptions<CartRow> =
      'userId' in key ? { userId: key.userId } : { tokenDigest: key.tokenDigest, expiresAt: { [Op.gt]: now } };
    const row = await this.db.models.Cart.findOne({ where, ...this.db.scope(lockForUpdate) });
    return row ? toStoredCart(row) : null;
  }
}
