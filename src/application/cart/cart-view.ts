import { type CartLine, cartTotals, lineTotal } from '../../domain/cart/cart';
import type { CartView } from './schemas';

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
