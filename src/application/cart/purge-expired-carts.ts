import { inject, injectable } from 'tsyringe';
import { CartRepository } from '../ports/cart-repository';
import { Clock } from '../ports/clock';

/** Deletes the guest carts nobody changed for their whole lifetime; returns how many. */
@injectable()
export class PurgeExpiredCarts {
  constructor(
    @inject(CartRepository) private readonly carts: CartRepository,
    @inject(Clock) private readonly clock: Clock,
  ) {}

  execute(): Promise<number> {
    return this.carts.deleteExpired(this.clock.now());
  }
}
