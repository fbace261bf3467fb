import { type Discount, type DiscountJudgement, judgeDiscount } from '../discounts/discount';
import { Money } from '../shared/money';
import { type CartLine, lineTotal } from './cart';

export interface AppliedDiscount {
  discount: Discount;
  judgement: DiscountJudgement;
}

/** What a cart costs now: the sum of its lines, less the discount its code gives, if any. */
export interface CartPrice {
  subtotal: Money;
  /** The code on the cart with what it gives now; null without one. */
  discount: AppliedDiscount | null;
  total: Money;
}

export interface PricingOccasion {
  now: Date;
  /** The owner's earlier uses of the code when signed in; null for a guest. */
  customerUses: number | null;
}

export function priceCart(lines: readonly CartLine[], discount: Discount | null, occasion: PricingOccasion): CartPrice {
  const subtotal = Money.sum(lines.map(lineTotal));
  if (!discount) return { subtotal, discount: null, total: subtotal };
  const judgement = judgeDiscount(discount, { ...occasion, subtotal });
  return { subtotal, discount: { discount, judgement }, total: subtotal.minus(judgement.amount) };
}
