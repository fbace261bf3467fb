import { inject, injectable } from 'tsyringe';
import { assertInStock } from '../../domain/cart/cart';
import { NotFoundError } from '../../domain/shared/errors';
import { CartRepository } from '../ports/cart-repository';
import { Inventory } from '../ports/inventory';
import { UnitOfWork } from '../ports/unit-of-work';
import { CartAccess } from './cart-access';
import type { CartOwner } from './cart-owner';
import { CartViews } from './cart-views';
import type { CartView } from './cart-view';

/**
 * The one way a cart's lines change: under a lock on the cart, so that concurrent changes to one
 * cart apply one after the other and none is lost, with the stock checked against the new
 * quantity and the line priced as the product is now.
 */
@injectable()
export class CartEditor {
  constructor(
    @inject(CartAccess) private readonly access: CartAccess,
    @inject(CartRepository) private readonly carts: CartRepository,
    @inject(Inventory) private readonly inventory: Inventory,
    @inject(CartViews) private readonly views: CartViews,
    @inject(UnitOfWork) private readonly uow: UnitOfWork,
  ) {}

  /** `change` gets the current quantity (0 when absent) and returns the new one. */
  edit(owner: CartOwner, productId: number, change: (current: number) => number): Promise<CartView> {
    return this.uow.run(async () => {
      const cart = await this.access.open(owner);
      const offer = await this.inventory.offerOf(productId);
      if (!offer) throw new NotFoundError('Product');
      const wanted = change(await this.carts.quantityOf(cart.id, productId));
      assertInStock(productId, wanted, offer.stock);
      await this.carts.setQuantity(cart.id, productId, wanted, offer.price);
      await this.access.changed(cart);
      return this.views.of(owner, cart);
    });
  }
}
