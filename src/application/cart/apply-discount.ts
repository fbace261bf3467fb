import { inject, injectable } from 'tsyringe';
import { DiscountNotApplicableError, discountNotFound } from '../../domain/discounts/discount';
import { CartRepository } from '../ports/cart-repository';
import { DiscountRepository } from '../ports/discount-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { CartAccess } from './cart-access';
import type { CartOwner } from './cart-owner';
import { CartViews } from './cart-views';
import type { CartView } from './cart-view';
import type { ApplyDiscountInput } from './schemas';

/** Puts a discount code on the cart, in place of any other; a code that does not apply now leaves the cart as it was. */
@injectable()
export class ApplyDiscount {
  constructor(
    @inject(CartAccess) private readonly access: CartAccess,
    @inject(CartRepository) private readonly carts: CartRepository,
    @inject(DiscountRepository) private readonly discounts: DiscountRepository,
    @inject(CartViews) private readonly views: CartViews,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  execute(input: ApplyDiscountInput, owner: CartOwner): Promise<CartView> {
    return this.uow.run(async () => {
      const cart = await this.access.open(owner);
      const discount = await this.discounts.findByCode(input.code);
      if (!discount) throw discountNotFound();
      const { judgement } = (await this.views.price(owner, await this.carts.lines(cart.id), discount)).discount!;
      if (!judgement.applicable) throw new DiscountNotApplicableError(judgement.reason!);
      await this.carts.update(cart.id, { discountId: discount.id });
      await this.access.changed(cart);
      return this.views.of(owner, { ...cart, discountId: discount.id });
    });
  }
}
