import { z } from 'zod';
import { CART_LINE_MAX_QUANTITY } from '../../domain/cart/cart';

const productId = z.number().int().positive();

export const addToCartInput = z.object({
  productId,
  quantity: z.number().int().min(1).max(CART_LINE_MAX_QUANTITY).default(1),
});
export type AddToCartInput = z.output<typeof addToCartInput>;

export const updateCartItemInput = z.object({
  productId,
  quantity: z.number().int().min(0).max(CART_LINE_MAX_QUANTITY),
});
export type UpdateCartItemInput = z.output<typeof updateCartItemInput>;

export const removeFromCartInput = z.object({ productId });
export type RemoveFromCartInput = z.output<typeof removeFromCartInput>;

export interface CartView {
  items: {
    productId: number;
    quantity: number;
    lineTotal: number;
    product: { id: number; name: string; price: number; imageUrl: string | null; quantity: number };
  }[];
  totalQuantity: number;
  totalPrice: number;
}
