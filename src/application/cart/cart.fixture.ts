import { InMemoryCartRepository } from '../../infrastructure/memory/in-memory-cart-repository';
import { InMemoryInventory } from '../../infrastructure/memory/in-memory-inventory';
import { InMemoryUserRepository } from '../../infrastructure/memory/in-memory-user-repository';
import { admin, catalogFixture, customer } from '../catalog/catalog.fixture';
import type { CreateProductInput } from '../catalog/schemas';
import type { Actor } from '../shared/actor';
import { AddToCart } from './add-to-cart';
import { CartEditor } from './cart-editor';
import { GetCart } from './get-cart';
import { RemoveFromCart } from './remove-from-cart';
import { UpdateCartItem } from './update-cart-item';

export { admin, customer };
export const otherCustomer: Actor = { ...customer, userId: 3, tokenId: 'other-customer-token' };

/** The cart use cases on top of the in-memory catalog, as the container wires them to real adapters. */
export function cartFixture() {
  const catalog = catalogFixture();
  const users = new InMemoryUserRepository();
  const inventory = new InMemoryInventory(catalog.products);
  const carts = new InMemoryCartRepository(catalog.products);
  const editor = new CartEditor(carts, inventory, users, catalog.uow);
  let shelf: Promise<number> | undefined;
  return {
    ...catalog,
    users,
    inventory,
    carts,
    getCart: new GetCart(carts),
    addToCart: new AddToCart(editor),
    updateCartItem: new UpdateCartItem(editor),
    removeFromCart: new RemoveFromCart(editor),
    /** A live product, all in one category created on first use. */
    stocked: async (fields: Partial<CreateProductInput> = {}) => {
      shelf ??= catalog.category('Shelf').then((category) => category.id);
      return catalog.product({ categoryId: await shelf, ...fields });
    },
    stockOf: async (productId: number) => (await catalog.getProduct.execute(productId)).quantity,
  };
}
