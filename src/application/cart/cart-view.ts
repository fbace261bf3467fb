import { z } from 'zod';
import { type CartLine, cartTotals, lineTotal } from '../../domain/cart/cart';
import { id } from '../shared/ids';
import { count, money } from '../shared/view-fields';

export const cartItemView = z
  .object({
    productId: id,
    quantity: count,
    lineTotal: money,
    product: z.object({ id: id, name: z.string(), price: money, imageUrl: z.string().nullable(), quantity: count }),
  })
  .meta({ id: 'CartItem' });

export const cartView = z
  .object({ items: z.array(cartItemView), totalQuantity: count, totalPrice: money })
  .meta({ id: 'Cart' });
export type CartView = z.infer<typeof cartView>;

export function toCartView(lines: readonly CartLine[]): CartView {
  const totals = cartTotals(lines);
  return {
    items: lines.map((line) => ({
      productId: line.productId,
      quantity: line.quantity,
      lineTotal: lineTotal(line).toMajor(),
      product: { ...line.product, price: line.product.price.toMajor() },
    })),
    totalQuantity: totals.totalQuantity,
    totalPrice: totals.totalPrice.toMajor(),
  };
}
