import { InMemoryCategoryRepository } from '../../infrastructure/memory/in-memory-category-repository';
import { InMemoryProductRepository } from '../../infrastructure/memory/in-memory-product-repository';
import { InMemoryUnitOfWork } from '../../infrastructure/memory/in-memory-unit-of-work';
import { ManualClock } from '../../infrastructure/memory/manual-clock';
import type { Actor } from '../shared/actor';
import { CreateCategory } from './create-category';
import { CreateProduct } from './create-product';
import { DeleteCategory } from './delete-category';
import { DeleteProduct } from './delete-product';
import { GetCategory } from './get-category';
import { GetProduct } from './get-product';
import { ListCategories } from './list-categories';
import { ListProducts } from './list-products';
import { listCategoriesInput, listProductsInput, type CreateProductInput } from './schemas';
import { UpdateCategory } from './update-category';
import { UpdateProduct } from './update-product';

const tokenExpiresAt = new Date('2099-01-01T00:00:00Z');
export const admin: Actor = { userId: 1, role: 'admin', tokenId: 'admin-token', tokenExpiresAt };
export const customer: Actor = { userId: 2, role: 'customer', tokenId: 'customer-token', tokenExpiresAt };

/** The catalog use cases wired to in-memory adapters, as the container wires them to real ones. */
export function catalogFixture() {
  const clock = new ManualClock();
  const categories = new InMemoryCategoryRepository(clock);
  const products = new InMemoryProductRepository(categories, clock);
  const uow = new InMemoryUnitOfWork();
  const fixture = {
    clock,
    categories,
    products,
    uow,
    createProduct: new CreateProduct(products, categories, uow),
    updateProduct: new UpdateProduct(products, categories, uow),
    deleteProduct: new DeleteProduct(products, uow),
    getProduct: new GetProduct(products),
    listProducts: new ListProducts(products),
    createCategory: new CreateCategory(categories, uow),
    updateCategory: new UpdateCategory(categories, uow),
    deleteCategory: new DeleteCategory(categories, products, uow),
    getCategory: new GetCategory(categories),
    listCategories: new ListCategories(categories),
  };
  return {
    ...fixture,
    /** Lists with the schema's defaults filled in, as the interfaces do after parsing. */
    list: (query: Record<string, unknown> = {}) => fixture.listProducts.execute(listProductsInput.parse(query)),
    listCategoryPage: (query: Record<string, unknown> = {}) =>
      fixture.listCategories.execute(listCategoriesInput.parse(query)),
    category: (name = 'Books') => fixture.createCategory.execute({ name }, admin),
    product: (fields: Partial<CreateProductInput> & { categoryId: number }) =>
      fixture.createProduct.execute({ name: 'Dune', price: 9.99, quantity: 5, ...fields }, admin),
  };
}
