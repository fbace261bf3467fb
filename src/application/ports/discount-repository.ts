import type { Discount, NewDiscount } from '../../domain/discounts/discount';

export interface DiscountListQuery {
  page: number;
  pageSize: number;
  /** true: active discounts only; false: inactive only; absent: both. */
  active?: boolean;
}

/**
 * Codes are stored upper-case (`normalizeDiscountCode`) and unique whatever their case: a write
 * that would give two discounts one code throws ConflictError DISCOUNT_CODE_TAKEN.
 */
export interface DiscountRepository {
  create(discount: NewDiscount): Promise<Discount>;
  findById(id: number): Promise<Discount | null>;
  /** Like findById, and takes a write lock on the discount until the transaction ends. */
  lock(id: number): Promise<Discount | null>;
  /** Whatever the case of `code`; null for text that is no discount's code. */
  findByCode(code: string): Promise<Discount | null>;
  /** Null when no discount has this id. */
  update(id: number, discount: NewDiscount): Promise<Discount | null>;
  /** False when no discount has this id; ConflictError DISCOUNT_IN_USE while an order refers to it. */
  delete(id: number): Promise<boolean>;
  /** Newest first, ties by id descending. */
  list(query: DiscountListQuery): Promise<{ items: Discount[]; total: number }>;
  /**
   * Counts one use if the usage limit allows another, in one atomic step, so that concurrent
   * checkouts never pass the limit; false when it does not. A use is no edit: updatedAt stays.
   */
  claimUse(id: number): Promise<boolean>;
  /** Gives one use back, as when an order that used the discount is cancelled; never below 0. */
  releaseUse(id: number): Promise<void>;
}
export const DiscountRepository = Symbol('DiscountRepository');
