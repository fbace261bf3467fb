import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { CreateCategory } from '../application/catalog/create-category';
import { CreateProduct } from '../application/catalog/create-product';
import { ListCategories } from '../application/catalog/list-categories';
import { ListProducts } from '../application/catalog/list-products';
import { listCategoriesInput, listProductsInput } from '../application/catalog/schemas';
import type { Actor } from '../application/shared/actor';
import { MAX_PAGE_SIZE } from '../application/shared/pagination';
import { categoryNameKey } from '../domain/catalog/category';
import { type Application, createApplication } from '../container';
import { searchTextOf } from '../infrastructure/sequelize/models/product-model';
import { runCommand } from './run-command';
import { DEMO_CATALOG, generatedProduct } from './seed-data';

const USAGE = 'Usage: npm run seed [-- --products N]';
const MAX_GENERATED = 1_000_000;
const CHUNK_SIZE = 1000;

// The catalog write use cases only call assertAdmin(actor) and never load the user, so an admin
// that exists for this process alone is enough: no account is created for seeding.
const SEED_ADMIN: Actor = { userId: 0, role: 'admin', tokenId: 'seed', tokenExpiresAt: new Date(), sessionId: 'seed' };

runCommand(async (config) => {
  const generate = generatedCount();
  const application = await createApplication({ ...config, LOG_LEVEL: 'error', DATABASE_TIMEOUT_MS: 0 });
  try {
    if (application.database.dialect === 'sqlite') await application.migrate();
    const demo = await seedDemoCatalog(application);
    const started = Date.now();
    if (generate > 0) await insertGeneratedProducts(application, generate, demo.categoryIds);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Demo catalog: added ${demo.addedCategories} categories and ${demo.addedProducts} products ` +
        `(${demo.keptCategories} and ${demo.keptProducts} were already there)` +
        (generate > 0 ? `; generated ${generate} more products in ${seconds} s.` : '.'),
    );
  } finally {
    await application.close();
  }
  return 'done';
});

function generatedCount(): number {
  let products: string | undefined;
  try {
    products = parseArgs({ options: { products: { type: 'string' } } }).values.products;
  } catch (error) {
    throw new Error(`${USAGE} (${(error as Error).message})`);
  }
  if (products === undefined) return 0;
  const count = /^\d+$/.test(products) ? Number(products) : Number.NaN;
  if (!(count <= MAX_GENERATED)) throw new Error(`${USAGE} (N from 0 to ${MAX_GENERATED})`);
  return count;
}

/** Adds the demo categories and products through the use cases, skipping those already there by name. */
async function seedDemoCatalog({ resolve }: Application) {
  const existing = await categoryIdsByName(resolve(ListCategories));
  const result = { categoryIds: [] as number[], addedCategories: 0, keptCategories: 0, addedProducts: 0, keptProducts: 0 };
  for (const { products, ...category } of DEMO_CATALOG) {
    let categoryId = existing.get(categoryNameKey(category.name));
    if (categoryId === undefined) {
      categoryId = (await resolve(CreateCategory).execute(category, SEED_ADMIN)).id;
      result.addedCategories += 1;
    } else {
      result.keptCategories += 1;
    }
    result.categoryIds.push(categoryId);
    for (const product of products) {
      if (await productNamed(resolve(ListProducts), product.name)) {
        result.keptProducts += 1;
        continue;
      }
      await resolve(CreateProduct).execute({ ...product, categoryId }, SEED_ADMIN);
      result.addedProducts += 1;
    }
  }
  return result;
}

async function categoryIdsByName(listCategories: ListCategories): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let page = 1; ; page += 1) {
    const { items, total } = await listCategories.execute(listCategoriesInput.parse({ page, pageSize: MAX_PAGE_SIZE }));
    for (const category of items) ids.set(categoryNameKey(category.name), category.id);
    if (page * MAX_PAGE_SIZE >= total) return ids;
  }
}

async function productNamed(listProducts: ListProducts, name: string): Promise<boolean> {
  const wanted = name.toLowerCase();
  for (let page = 1; ; page += 1) {
    const query = listProductsInput.parse({ q: name, page, pageSize: MAX_PAGE_SIZE });
    const { items, total } = await listProducts.execute(query);
    if (items.some((product) => product.name.toLowerCase() === wanted)) return true;
    if (page * MAX_PAGE_SIZE >= total) return false;
  }
}

/** The large benchmark catalog: bulk inserts in one transaction, so a failure leaves nothing half done. */
async function insertGeneratedProducts(application: Application, count: number, categoryIds: number[]): Promise<void> {
  const { database } = application;
  const first = (await database.models.Product.count()) + 1;
  await database.runInTransaction(async () => {
    for (let offset = 0; offset < count; offset += CHUNK_SIZE) {
      const size = Math.min(CHUNK_SIZE, count - offset);
      const rows = Array.from({ length: size }, (_, i) => {
        const product = generatedProduct(first + offset + i, categoryIds);
        return { ...product, searchText: searchTextOf(product.name, product.description) };
      });
      await database.models.Product.bulkCreate(rows, database.scope());
    }
  });
}
