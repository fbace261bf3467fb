import { inject, injectable } from 'tsyringe';
import type { Actor } from '../shared/actor';
import { CartMerger } from './cart-merger';
import { CartViews } from './cart-views';
import type { CartView } from './cart-view';
import type { MergeGuestCartInput } from './schemas';
import { CartAccess } from './cart-access';

@injectable()
export class MergeGuestCart {
  constructor(
    @inject(CartMerger) private readonly merger: CartMerger,
    @inject(CartAccess) private readonly access: CartAccess,
    @inject(CartViews) private readonly views: CartViews,
  ) {}

  async execute(input: MergeGuestCartInput, actor: Actor): Promise<CartView> {
    await this.merger.merge(actor.userId, input.cartToken);
    const owner = { userId: actor.userId };
    return this.views.of(owner, await this.access.find(owner));
  }
}
