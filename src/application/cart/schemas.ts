import { z } from 'zod';
import { id } from '../shared/ids';
import { text } from '../shared/text';
import { CART_LINE_MAX_QUANTITY } from '../../domain/cart/cart';

export const addToCartInput = z.object({
  productId: id,
  quantity: z.number().int().min(1).max(CART_LINE_MAX_QUANTITY).default(1),
});
export type AddToCartInput = z.output<typeof addToCartInput>;

export const updateCartItemInput = z.object({
  productId: id,
  quantity: z.number().int().min(0).max(CART_LINE_MAX_QUANTITY),
});
export type UpdateCartItemInput = z.output<typeof updateCartItemInput>;

export const removeFromCartInput = z.object({ productId: id });
export type RemoveFromCartInput = z.output<typeof removeFromCartInput>;

/** A guest cart's token as a client holds it; one no cart has is simply not found. */
export const cartToken = z.string().min(1).max(512);

export const mergeGuestCartInput = z.object({ cartToken });
export type MergeGuestCartInput = z.output<typeof mergeGuestCartInput>;

/** Any code a customer types: one no discount has is simply not found. */
export const applyDiscountInput = z.object({ code: text({ min: 1, max: 64 }) });
export type ApplyDiscountInput = z.output<typeof applyDiscountInput>;
