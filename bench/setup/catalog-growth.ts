import { generatedProduct } from '../../src/cli/seed-data';
import { nameKeyOf, searchTextOf } from '../../src/infrastructure/sequelize/models/product-model';
import type { SqlClient, SqlSession } from '../sql/sql-client';

const COLUMNS = [
  'name',
  'name_key',
  'description',
  'search_text',
  'price_cents',
  'quantity',
  'category_id',
  'image_url',
  'deleted_at',
  'created_at',
  'updated_at',
];
// 5,500 values a statement: within every database's limit on bound values (SQLite's is 32,766).
const ROWS_PER_INSERT = 500;

/** The n-th generated product, row by row as the service writes it, with its sort key and search text. */
function rowOf(n: number, categoryIds: number[], now: Date): unknown[] {
  const product = generatedProduct(n, categoryIds);
  const { name, description } = product;
  return [name, nameKeyOf(name), description, searchTextOf(name, description), product.priceCents, product.quantity, product.categoryId, null, null, now, now];
}

async function insertRows(session: SqlSession, first: number, count: number, categoryIds: number[]): Promise<void> {
  const now = new Date();
  const rows = Array.from({ length: count }, (_, i) => rowOf(first + i, categoryIds, now));
  const placeholders = `(${COLUMNS.map(() => '?').join(', ')})`;
  await session.run(`INSERT INTO products (${COLUMNS.join(', ')}) VALUES ${rows.map(() => placeholders).join(', ')}`, rows.flat());
}

/**
 * Adds the seed's generated products until the catalog holds `live` live ones, in multi-row
 * INSERTs and one transaction, and adds them to their categories' counts as the service would:
 * far faster than the seed's one ORM row at a time when the catalog grows by a hundred thousand.
 */
export async function growCatalog(db: SqlClient, live: number): Promise<void> {
  const [counted] = await db.rows<{ live: number | string | null; made: number | string }>(
    'SELECT SUM(CASE WHEN deleted_at IS NULL THEN 1 ELSE 0 END) AS live, COUNT(*) AS made FROM products',
  );
  const missing = live - Number(counted?.live ?? 0);
  if (missing <= 0) return;
  const categoryIds = (await db.rows<{ id: number }>('SELECT id FROM categories ORDER BY id')).map(({ id }) => id);
  // Numbered on from the seed's products, so that names and prices go on as `npm run seed` makes them.
  const first = Number(counted?.made ?? 0) + 1;
  await db.transaction(async (session) => {
    for (let offset = 0; offset < missing; offset += ROWS_PER_INSERT) {
      await insertRows(session, first + offset, Math.min(ROWS_PER_INSERT, missing - offset), categoryIds);
    }
    const added = new Map<number, number>();
    for (let n = first; n < first + missing; n++) {
      const { categoryId } = generatedProduct(n, categoryIds);
      added.set(categoryId, (added.get(categoryId) ?? 0) + 1);
    }
    for (const [categoryId, count] of added) {
      await session.run('UPDATE categories SET live_product_count = live_product_count + ? WHERE id = ?', [count, categoryId]);
    }
  });
}
