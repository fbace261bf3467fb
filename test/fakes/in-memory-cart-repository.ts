import type { CartChanges, CartKey, CartRepository, StoredCart } from '../../src/application/ports/cart-repository';
import type { ProductRepository } from '../../src/application/ports/product-repository';
import type { CartLine } from '../../src/domain/cart/cart';
import type { Money } from '../../src/domain/shared/money';

interface KeptCart extends StoredCart {
  key: CartKey;
  /** Product id -> line, in the order the lines were added. */
  lines: Map<number, { quantity: number; addedPrice: Money }>;
}

const sameKey = (a: CartKey, b: CartKey) =>
  'userId' in a ? 'userId' in b && a.userId === b.userId : 'tokenDigest' in b && a.tokenDigest === b.tokenDigest;

const stored = ({ id, discountId, expiresAt }: KeptCart): StoredCart => ({ id, discountId, expiresAt });

export class InMemoryCartRepository implements CartRepository {
  private readonly carts = new Map<number, KeptCart>();
  private nextId = 1;

  constructor(private readonly products: ProductRepository) {}

  async find(key: CartKey, now: Date): Promise<StoredCart | null> {
    const cart = this.cartWith(key);
    if (!cart || (cart.expiresAt && cart.expiresAt <= now)) return null;
    return stored(cart);
  }

  lock(key: CartKey, now: Date): Promise<StoredCart | null> {
    return this.find(key, now);
  }

  async create(key: CartKey, expiresAt: Date | null): Promise<StoredCart> {
    const existing = 'userId' in key ? this.cartWith(key) : undefined;
    if (existing) return stored(existing);
    const cart: KeptCart = { id: this.nextId++, key, discountId: null, expiresAt, lines: new Map() };
    this.carts.set(cart.id, cart);
    return stored(cart);
  }

  async update(cartId: number, changes: CartChanges): Promise<void> {
    Object.assign(this.cartOf(cartId), changes);
  }

  async lines(cartId: number): Promise<CartLine[]> {
    const lines: CartLine[] = [];
    for (const [productId, { quantity, addedPrice }] of this.cartOf(cartId).lines) {
      // Deleted products stay in the cart, as their rows do, but are read as if they were gone.
      const product = await this.products.findById(productId);
      if (!product) continue;
      const { id, name, price, imageUrl } = product;
      lines.push({ productId, quantity, addedPrice, product: { id, name, price, imageUrl, quantity: product.quantity } });
    }
    return lines;
  }

  async quantityOf(cartId: number, productId: number): Promise<number> {
    return this.cartOf(cartId).lines.get(productId)?.quantity ?? 0;
  }

  async setQuantity(cartId: number, productId: number, quantity: number, addedPrice: Money): Promise<void> {
    const { lines } = this.cartOf(cartId);
    if (quantity === 0) lines.delete(productId);
    else lines.set(productId, { quantity, addedPrice });
  }

  async clear(cartId: number): Promise<void> {
    const cart = this.cartOf(cartId);
    cart.lines.clear();
    cart.discountId = null;
  }

  async delete(cartId: number): Promise<void> {
    this.carts.delete(cartId);
  }

  async deleteExpired(now: Date): Promise<number> {
    const expired = [...this.carts.values()].filter((cart) => cart.expiresAt && cart.expiresAt <= now);
    for (const cart of expired) this.carts.delete(cart.id);
    return expired.length;
  }

  private cartWith(key: CartKey): KeptCart | undefined {
    return [...this.carts.values()].find((candidate) => sameKey(candidate.key, key));
  }

  private cartOf(cartId: number): KeptCart {
    const cart = this.carts.get(cartId);
    if (!cart) throw new Error(`No cart ${cartId}`);
    return cart;
  }
}
