import { Op } from 'sequelize';
import { inject, injectable } from 'tsyringe';
import type { CartChanges, CartKey, CartRepository, StoredCart } from '../../../application/ports/cart-repository';
import type { CartLine } from '../../../domain/cart/cart';
import { Money } from '../../../domain/shared/money';
import { Database } from '../database';
import type { CartRow } from '../models/cart-model';
import { type Timestamp, timeOrNull } from './columns';

const toStoredCart = (row: CartRow): StoredCart => ({ id: row.id, discountId: row.discountId, expiresAt: row.expiresAt });

// What checkout reads and writes of a cart is sent as written: the ORM would cost more than the statements.
interface CartColumns {
  id: number;
  discount_id: number | null;
  expires_at: Timestamp | null;
}

interface LineColumns {
  product_id: number;
  quantity: number;
  added_price_cents: number;
  name: string;
  price_cents: number;
  image_url: string | null;
  stock: number;
}

const SELECT_LINES = `SELECT l.product_id, l.quantity, l.added_price_cents, p.name, p.price_cents, p.image_url, p.quantity AS stock
FROM cart_lines l JOIN products p ON p.id = l.product_id AND p.deleted_at IS NULL
WHERE l.cart_id = ? ORDER BY l.id`;

const lineOf = (row: LineColumns): CartLine => ({
  productId: row.product_id,
  quantity: row.quantity,
  addedPrice: Money.ofMinor(row.added_price_cents),
  product: {
    id: row.product_id,
    name: row.name,
    price: Money.ofMinor(row.price_cents),
    imageUrl: row.image_url,
    quantity: row.stock,
  },
});

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
    return (await this.db.sql.select<LineColumns>(SELECT_LINES, [cartId])).map(lineOf);
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
    await this.db.sql.write('DELETE FROM cart_lines WHERE cart_id = ?', [cartId]);
    await this.db.sql.write('UPDATE carts SET discount_id = NULL, updated_at = ? WHERE id = ?', [new Date(), cartId]);
  }

  async delete(cartId: number): Promise<void> {
    await this.db.models.Cart.destroy({ where: { id: cartId }, ...this.db.scope() });
  }

  async deleteExpired(now: Date): Promise<number> {
    return this.db.models.Cart.destroy({ where: { expiresAt: { [Op.lte]: now } }, ...this.db.scope() });
  }

  private async findLive(key: CartKey, now: Date, lockForUpdate: boolean): Promise<StoredCart | null> {
    const [where, values] =
      'userId' in key ? ['user_id = ?', [key.userId]] : ['token_digest = ? AND expires_at > ?', [key.tokenDigest, now]];
    const lock = lockForUpdate ? this.db.forUpdate() : '';
    const [row] = await this.db.sql.select<CartColumns>(`SELECT id, discount_id, expires_at FROM carts WHERE ${where}${lock}`, values);
    return row ? { id: row.id, discountId: row.discount_id, expiresAt: timeOrNull(row.expires_at) } : null;
  }
}
