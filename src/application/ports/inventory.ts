/** The stock on hand of catalog products, changed only by atomic steps. */
export interface Inventory {
  /** The stock of a live product, or null when there is no such product in the catalog. */
  stockOf(productId: number): Promise<number | null>;
  /** Takes stock if at least `quantity` is on hand, in one atomic step; false when there is not. */
  take(productId: number, quantity: number): Promise<boolean>;
  /**
   * Puts stock back, also for a product deleted since it was ordered, unless that would take it
   * past `max` on hand; false then, and nothing changes.
   */
  restore(productId: number, quantity: number, max: number): Promise<boolean>;
}
export const Inventory = Symbol('Inventory');
