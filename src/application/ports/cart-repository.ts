import type { CartLine } from '../../domain/cart/cart';
import type { Money } from '../../domain/shared/money';

/** Whose cart: a user's, or the guest cart whose token has this digest. */
export type CartKey = { userId: number } | { tokenDigest: string };

export interface StoredCart {
  id: number;
  /** The discount whose code is on the cart, if any. */
  discountId: number | null;
  /** When a guest cart stops existing; null for a user's cart. */
  expiresAt: Date | null;
}

export interface CartChanges {
  discountId?: number | null;
  expiresAt?: Date | null;
}

/** Carts of users and guests alike: one model, whoever owns it. */
export interface CartRepository {
  /** The cart of a key; null when a user has none yet, or a guest cart is unknown or expired at `now`. */
  find(key: CartKey, now: Date): Promise<StoredCart | null>;
  /** As `find`, locking the cart until the transaction ends, so changes to one cart apply one after another. */
  lock(key: CartKey, now: Date): Promise<StoredCart | null>;
  /** Makes an empty cart for a key; a user has at most one, so for a user who has one, that one is returned. */
  create(key: CartKey, expiresAt: Date | null): Promise<StoredCart>;
  update(cartId: number, changes: CartChanges): Promise<void>;
  /** The lines for products still in the catalog, oldest first, each with its product as it is now. */
  lines(cartId: number): Promise<CartLine[]>;
  /** The quantity of a product in the cart, 0 when it is not there. */
  quantityOf(cartId: number, productId: number): Promise<number>;
  /** Sets a line's quantity and the price it is added at, adding the line when missing; 0 removes it. */
  setQuantity(cartId: number, productId: number, quantity: number, addedPrice: Money): Promise<void>;
  /** Empties the cart: its lines and its discount code. */
  clear(cartId: number): Promise<void>;
  delete(cartId: number): Promise<void>;
  /** Deletes the guest carts expired at `now`; returns how many. */
  deleteExpired(now: Date): Promise<number>;
}
export const CartRepository = Symbol('CartRepository');
