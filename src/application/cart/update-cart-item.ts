import { inject, injectable } from 'tsyringe';
import { NotFoundError } from '../../domain/shared/errors';
import { CartEditor } from './cart-editor';
import type { CartOwner } from './cart-owner';
import type { UpdateCartItemInput } from './schemas';
import type { CartView } from './cart-view';

@injectable()
export class UpdateCartItem {
  constructor(@inject(CartEditor) private readonly editor: CartEditor) {}

  execute(input: UpdateCartItemInput, owner: CartOwner): Promise<CartView> {
    return this.editor.edit(owner, input.productId, (current) => {
      if (current === 0) throw new NotFoundError('Cart item');
      return input.quantity;
    });
  }
}
