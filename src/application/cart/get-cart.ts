import { inject, injectable } from 'tsyringe';
import { CartAccess } from './cart-access';
import type { CartOwner } from './cart-owner';
import { CartViews } from './cart-views';
import type { CartView } from './cart-view';

@injectable()
export class GetCart {
  constructor(
    @inject(CartAccess) private readonly access: CartAccess,
    @inject(CartViews) private readonly views: CartViews,
  ) {}

  async execute(owner: CartOwner): Promise<CartView> {
    return this.views.of(owner, await this.access.find(owner));
  }
}
