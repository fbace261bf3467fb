import type { CartRepository } from '../../src/application/ports/cart-repository';
import type { ProductRepository } from '../../src/application/ports/product-repository';
import type { CartLine } from '../../src/domain/cart/cart';

export class InMemoryCartRepository implements CartRepository {
  /** Per user, product id -> quantity, in the order the lines were added. */
  private readonly carts = new Map<number, Map<number, number>>();

  constructor(private readonly products: ProductRepository) {}

  async lines(userId: number): Promise<CartLine[]> {
    const lines: CartLine[] = [];
    for (const [productId, quantity] of this.cartOf(userId)) {
      // Deleted products stay in the cart, as their rows do, but are read as if they were gone.
      const product = await this.products.findById(productId);
      if (!product) continue;
      const { id, name, price, imageUrl } = product;
      lines.push({ productId, quantity, product: { id, name, price, imageUrl, quantity: product.quantity } });
    }
    return lines;
  }

  async quantityOf(userId: number, productId: number): Promise<number> {
    return this.cartOf(userId).get(productId) ?? 0;
  }

  async setQuantity(userId: number, productId: number, quantity: number): Promise<void> {
    const cart = this.cartOf(userId);
    if (quantity === 0) cart.delete(productId);
    else cart.set(productId, quantity);
    this.carts.set(userId, cart);
  }

  async clear(userId: number): Promise<void> {
    this.carts.delete(userId);
  }

  private cartOf(userId: number): Map<number, number> {
    return this.carts.get(userId) ?? new Map<number, number>();
  }
}
