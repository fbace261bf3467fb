import { inject, injectable } from 'tsyringe';
import { CartAccess } from './cart-access';
import { CartViews } from './cart-views';
import type { GuestCartView } from './guest-cart-view';

/** A cart for a visitor without an account, reached through the token it answers with. */
@injectable()
export class CreateGuestCart {
  constructor(
    @inject(CartAccess) private readonly access: CartAccess,
    @inject(CartViews) private readonly views: CartViews,
  ) {}

  async execute(): Promise<GuestCartView> {
    const { token, cart } = await this.access.createGuest();
    return { cartToken: token, cart: await this.views.of({ guestToken: token }, cart) };
  }
}
