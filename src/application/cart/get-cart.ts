import { inject, injectable } from 'tsyringe';
import { CartRepository } from '../ports/cart-repository';
import type { Actor } from '../shared/actor';
import { toCartView, type CartView } from './cart-view';

@injectable()
export class GetCart {
  constructor(@inject(CartRepository) private readonly carts: CartRepository) {}

  async execute(actor: Actor): Promise<CartView> {
    return toCartView(await this.carts.lines(actor.userId));
  }
}
