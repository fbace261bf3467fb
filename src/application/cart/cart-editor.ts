import { inject, injectable } from 'tsyringe';
import { assertInStock } from '../../domain/cart/cart';
import { NotFoundError } from '../../domain/shared/errors';
import { CartRepository } from '../ports/cart-repository';
import { Inventory } from '../ports/inventory';
import { UnitOfWork } from '../ports/unit-of-work';
import { UserRepository } from '../ports/user-repository';
import type { Actor } from '../shared/actor';
import { toCartView, type CartView } from './cart-view';

/**
 * The one way a cart changes: under a lock on its owner, so that concurrent changes to one cart
 * apply one after the other and none is lost, with the stock checked against the new quantity.
 */
@injectable()
export class CartEditor {
  constructor(
    @inject(CartRepository) private readonly carts: CartRepository,
    @inject(Inventory) private readonly inventory: Inventory,
    @inject(UserRepository) private readonly users: UserRepository,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  /** `change` gets the current quantity (0 when absent) and returns the new one. */
  edit(actor: Actor, productId: number, change: (current: number) => number): Promise<CartView> {
    return this.uow.run(async () => {
      await this.users.lock(actor.userId);
      const stock = await this.inventory.stockOf(productId);
      if (stock === null) throw new NotFoundError('Product');
      const wanted = change(await this.carts.quantityOf(actor.userId, productId));
      assertInStock(productId, wanted, stock);
      await this.carts.setQuantity(actor.userId, productId, wanted);
      return toCartView(await this.carts.lines(actor.userId));
    });
  }
}
