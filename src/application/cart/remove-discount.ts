import { inject, injectable } from 'tsyringe';
import { CartRepository } from '../ports/cart-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { CartAccess } from './cart-access';
import type { CartOwner } from './cart-owner';
import { CartViews } from './cart-views';
import type { CartView } from './cart-view';

/** Takes the discount code off the cart; a cart without one stays as it is. */
@injectable()
export class RemoveDiscount {
  constructor(
    @inject(CartAccess) private readonly access: CartAccess,
    @inject(CartRepository) private readonly carts: CartRepository,
    @inject(CartViews) private readonly views: CartViews,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  execute(owner: CartOwner): Promise<CartView> {
    return this.uow.run(async () => {
      const cart = await this.access.open(owner);
      await this.carts.update(cart.id, { discountId: null });
      await this.access.changed(cart);
      return this.views.of(owner, { ...cart, discountId: null });
    });
  }
}
