import { z } from 'zod';
import { type CartLine, lineTotal, priceChanged, totalQuantity } from '../../domain/cart/cart';
import type { AppliedDiscount, CartPrice } from '../../domain/cart/cart-pricing';
import { DISCOUNT_REASONS } from '../../domain/discounts/discount';
import { ruleValue } from '../../domain/discounts/discount-draft';
import { id } from '../shared/ids';
import { count, money } from '../shared/view-fields';

export const cartItemView = z
  .object({
    productId: id,
    quantity: count,
    lineTotal: money,
    addedPrice: money.describe("The product's price when the line was last added to or set."),
    priceChanged: z.boolean().describe('Whether the current price differs from `addedPrice`.'),
    product: z.object({ id: id, name: z.string(), price: money, imageUrl: z.string().nullable(), quantity: count }),
  })
  .meta({ id: 'CartItem' });

export const cartDiscountView = z
  .object({
    code: z.string(),
    kind: z.enum(['percent', 'fixed']),
    value: z.number().meta({ description: 'percent: the whole percent; fixed: the amount in major units.' }),
    amount: money.describe('What it takes off the subtotal now; 0 when it does not apply.'),
    applicable: z.boolean(),
    reason: z.enum(DISCOUNT_REASONS).nullable().describe('Why it does not apply now; null when it does.'),
  })
  .meta({ id: 'CartDiscount' });

export const cartView = z
  .object({
    items: z.array(cartItemView),
    totalQuantity: count,
    subtotalPrice: money.describe('The sum of the line totals.'),
    discount: cartDiscountView.nullable(),
    totalPrice: money.describe('The subtotal less the discount.'),
  })
  .meta({ id: 'Cart' });
export type CartView = z.infer<typeof cartView>;

function toCartDiscountView({ discount, judgement }: AppliedDiscount): z.infer<typeof cartDiscountView> {
  return {
    code: discount.code,
    kind: discount.rule.kind,
    value: ruleValue(discount.rule),
    amount: judgement.amount.toMajor(),
    applicable: judgement.applicable,
    reason: judgement.reason,
  };
}

export function toCartView(lines: readonly CartLine[], price: CartPrice): CartView {
  return {
    items: lines.map((line) => ({
      productId: line.productId,
      quantity: line.quantity,
      lineTotal: lineTotal(line).toMajor(),
      addedPrice: line.addedPrice.toMajor(),
      priceChanged: priceChanged(line),
      product: { ...line.product, price: line.product.price.toMajor() },
    })),
    totalQuantity: totalQuantity(lines),
    subtotalPrice: price.subtotal.toMajor(),
    discount: price.discount && toCartDiscountView(price.discount),
    totalPrice: price.total.toMajor(),
  };
}
