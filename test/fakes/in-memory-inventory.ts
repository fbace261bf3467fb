import type { Inventory, Offer } from '../../src/application/ports/inventory';
import type { ProductRepository, ProductWithCategory } from '../../src/application/ports/product-repository';
import type { ProductFields } from '../../src/domain/catalog/product';

/** The stock kept on the products themselves, as the Sequelize adapter keeps it on their rows. */
export class InMemoryInventory implements Inventory {
  private last: Promise<unknown> = Promise.resolve();

  constructor(private readonly products: ProductRepository) {}

  async offerOf(productId: number): Promise<Offer | null> {
    const product = await this.products.findById(productId);
    return product ? { stock: product.quantity, price: product.price } : null;
  }

  take(productId: number, quantity: number): Promise<boolean> {
    return this.serially(async () => {
      const product = await this.products.findById(productId);
      if (!product || product.quantity < quantity) return false;
      await this.products.update(productId, fieldsOf(product, product.quantity - quantity));
      return true;
    });
  }

  restore(productId: number, quantity: number, max: number): Promise<boolean> {
    return this.serially(async () => {
      // A deleted product is never seen again through any port, so its stock cannot matter.
      const product = await this.products.findById(productId);
      if (!product) return true;
      if (product.quantity + quantity > max) return false;
      await this.products.update(productId, fieldsOf(product, product.quantity + quantity));
      return true;
    });
  }

  /** Read and write are awaits apart: one step at a time, so two takes never both see the last item. */
  private serially<T>(step: () => Promise<T>): Promise<T> {
    const result = this.last.then(step);
    this.last = result.catch(() => undefined);
    return result;
  }
}

function fieldsOf(product: ProductWithCategory, quantity: number): ProductFields {
  const { name, description, price, categoryId, imageUrl } = product;
  return { name, description, price, quantity, categoryId, imageUrl };
}
