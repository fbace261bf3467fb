import { z } from 'zod';
import { id } from '../shared/ids';
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
