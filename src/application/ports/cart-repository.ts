import type { CartLine } from '../../domain/cart/cart';

export interface CartRepository {
  /** The user's lines for products still in the catalog, with each product as it is now. */
  lines(userId: number): Promise<CartLine[]>;
  /** The quantity of a product in the cart, 0 when it is not there. */
  quantityOf(userId: number, productId: number): Promise<number>;
  /** Sets a line's quantity, adding the line when missing; 0 removes it. */
  setQuantity(userId: number, productId: number, quantity: number): Promise<void>;
  clear(userId: number): Promise<void>;
}
export const CartRepository = Symbol('CartRepository');
