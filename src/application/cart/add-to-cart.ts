import { inject, injectable } from 'tsyringe';
import { CartEditor } from './cart-editor';
import type { CartOwner } from './cart-owner';
import type { AddToCartInput } from './schemas';
import type { CartView } from './cart-view';

@injectable()
export class AddToCart {
  constructor(@inject(CartEditor) private readonly editor: CartEditor) {}

  execute(input: AddToCartInput, owner: CartOwner): Promise<CartView> {
    return this.editor.edit(owner, input.productId, (current) => current + input.quantity);
  }
}
