import type { Money } from '../../domain/shared/money';

/** What the shop offers of a product right now. */
export interface Offer {
  stock: number;
  price: Money;
}

/** The stock on hand of catalog products, changed only by atomic steps. */
export interface Inventory {
  /** The stock and current price of a live product, or null when there is no such product in the catalog. */
  offerOf(productId: number): Promise<Offer | null>;
  /** Takes stock if at least `quantity` is on hand, in one atomic step; false when there is not. */
  take(productId: number, quantity: number): Promise<boolean>;
  /**
   * Puts stock back, also for a product deleted since it was ordered, unless that would take it
   * past `max` on hand; false then, and nothing changes.
   */
  restore(productId: number, quantity: number, max: number): Promise<boolean>;
}
export const Inventory = Symbol('Inventory');
