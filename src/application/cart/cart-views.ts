import { inject, injectable } from 'tsyringe';
import type { CartLine } from '../../domain/cart/cart';
import { type CartPrice, type PricingOccasion, priceCart } from '../../domain/cart/cart-pricing';
import type { Discount } from '../../domain/discounts/discount';
import { CartRepository, type StoredCart } from '../ports/cart-repository';
import { Clock } from '../ports/clock';
import { DiscountRepository } from '../ports/discount-repository';
import { OrderRepository } from '../ports/order-repository';
import { type CartOwner, isGuest } from './cart-owner';
import { toCartView, type CartView } from './cart-view';

/** Prices carts as their owners see them now, the code on a cart judged for its owner. */
@injectable()
export class CartViews {
  constructor(
    @inject(CartRepository) private readonly carts: CartRepository,
    @inject(DiscountRepository) private readonly discounts: DiscountRepository,
    @inject(OrderRepository) private readonly orders: OrderRepository,
    @inject(Clock) private readonly clock: Clock,
  ) {}

  async of(owner: CartOwner, cart: StoredCart | null): Promise<CartView> {
    const lines = cart ? await this.carts.lines(cart.id) : [];
    const discount = cart?.discountId ? await this.discounts.findById(cart.discountId) : null;
    return toCartView(lines, await this.price(owner, lines, discount));
  }

  /** What the lines cost with a discount for this owner now; a code is judged on the owner's uses only when signed in. */
  async price(owner: CartOwner, lines: readonly CartLine[], discount: Discount | null): Promise<CartPrice> {
    return priceCart(lines, discount, await this.occasion(owner, discount));
  }

  async occasion(owner: CartOwner, discount: Discount | null): Promise<PricingOccasion> {
    const customerUses = discount && !isGuest(owner) ? await this.orders.countDiscountUses(owner.userId, discount.id) : null;
    return { now: this.clock.now(), customerUses };
  }
}
