import { inject, injectable } from 'tsyringe';
import { DomainError } from '../../domain/shared/errors';
import { CartRepository } from '../ports/cart-repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { CartAccess } from './cart-access';

/**
 * Moves a guest cart into a user's: a product in both gets the sum of the quantities, every merged
 * line is capped at the stock on hand and dropped at 0, and the guest cart is gone afterwards.
 * A line new to the user's cart keeps the price it was added at; one already there keeps its own.
 * The guest's discount code comes along when the user's cart has none.
 */
@injectable()
export class CartMerger {
  constructor(
    @inject(CartAccess) private readonly access: CartAccess,
    @inject(CartRepository) private readonly carts: CartRepository,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  /** Throws CART_NOT_FOUND when the token names no guest cart. */
  merge(userId: number, guestToken: string): Promise<void> {
    return this.uow.run(async () => {
      const guest = await this.access.open({ guestToken });
      const mine = await this.access.open({ userId });
      const mineByProduct = new Map((await this.carts.lines(mine.id)).map((line) => [line.productId, line]));
      // Lines of deleted products are not read, so they are dropped with the guest cart.
      for (const line of await this.carts.lines(guest.id)) {
        const existing = mineByProduct.get(line.productId);
        const merged = Math.min(line.quantity + (existing?.quantity ?? 0), line.product.quantity);
        await this.carts.setQuantity(mine.id, line.productId, merged, existing?.addedPrice ?? line.addedPrice);
      }
      if (mine.discountId === null && guest.discountId !== null) await this.carts.update(mine.id, { discountId: guest.discountId });
      await this.carts.delete(guest.id);
    });
  }

  /** As `merge`, for a token that may name nothing any more: then nothing happens. */
  async mergeIfFound(userId: number, guestToken: string): Promise<void> {
    try {
      await this.merge(userId, guestToken);
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'CART_NOT_FOUND')) throw error;
    }
  }
}
