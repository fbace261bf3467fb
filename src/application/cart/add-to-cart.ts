import { inject, injectable } from 'tsyringe';
import type { Actor } from '../shared/actor';
import { CartEditor } from './cart-editor';
import type { AddToCartInput } from './schemas';
import type { CartView } from './cart-view';

@injectable()
export class AddToCart {
  constructor(@inject(CartEditor) private readonly editor: CartEditor) {}

  execute(input: AddToCartInput, actor: Actor): Promise<CartView> {
    return this.editor.edit(actor, input.productId, (current) => current + input.quantity);
  }
}
