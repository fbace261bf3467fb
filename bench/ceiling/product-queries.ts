import type { SqlSession } from '../sql/sql-client';

interface ProductRow {
  id: number;
  name: string;
  description: string | null;
  price_cents: number;
  quantity: number;
  category_id: number;
  image_url: string | null;
  created_at: string | Date;
  updated_at: string | Date;
  category_name: string;
}

// Only deleted products can lose their category, so the inner join drops no live one.
const SELECT_PRODUCT = `
  SELECT p.id, p.name, p.description, p.price_cents, p.quantity, p.category_id, p.image_url,
         p.created_at, p.updated_at, c.name AS category_name
  FROM products p JOIN categories c ON c.id = p.category_id`;

const SORT_KEYS: Record<string, string> = { name: 'p.name_key', price: 'p.price_cents', createdAt: 'p.created_at' };

/** The service's answer for a product, field for field and in the same order, so the bytes match. */
function productJson(row: ProductRow) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    price: row.price_cents / 100,
    quantity: row.quantity,
    categoryId: row.category_id,
    category: { id: row.category_id, name: row.category_name },
    imageUrl: row.image_url,
    // SQLite hands back the stored text; the servers hand back dates.
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export async function productById(db: SqlSession, id: number) {
  const [row] = await db.rows<ProductRow>(`${SELECT_PRODUCT} WHERE p.id = ? AND p.deleted_at IS NULL`, [id]);
  return row && productJson(row);
}

export interface ListingQuery {
  categoryId: number | undefined;
  /** One of the service's sorts: `price`, `-price`, `name`, `-name`, `createdAt`, `-createdAt`. */
  sort: string;
  page: number;
  pageSize: number;
}

/**
 * A page of live products, sorted with the id as tie-break, and the exact count of all of them:
 * the same statements as the service's (product-queries.ts), so that the ceiling is the best
 * the schema allows, sent by hand. Past the first page the ids come first, from the index alone;
 * the total is the one kept on the category.
 */
export async function productPage(db: SqlSession, query: ListingQuery) {
  const descending = query.sort.startsWith('-');
  const key = SORT_KEYS[query.sort.replace(/^-/, '')];
  if (!key) throw new Error(`unknown sort ${query.sort}`);
  const direction = descending ? 'DESC' : 'ASC';
  const where = `p.deleted_at IS NULL${query.categoryId === undefined ? '' : ' AND p.category_id = ?'}`;
  const filter = query.categoryId === undefined ? [] : [query.categoryId];
  const indexOrder = db.dialect === 'postgres' ? `p.deleted_at ${direction}, ` : '';
  const offset = (query.page - 1) * query.pageSize;
  const page = `WHERE ${where} ORDER BY ${indexOrder}${key} ${direction}, p.id ${direction} LIMIT ? OFFSET ?`;
  const [rows, counted] = await Promise.all([
    offset === 0 ? db.rows<ProductRow>(`${SELECT_PRODUCT} ${page}`, [...filter, query.pageSize, 0]) : deepPage(db, page, [...filter, query.pageSize, offset]),
    query.categoryId === undefined
      ? db.rows<{ total: number | string }>('SELECT SUM(live_product_count) AS total FROM categories')
      : db.rows<{ total: number | string }>('SELECT live_product_count AS total FROM categories WHERE id = ?', filter),
  ]);
  return { items: rows.map(productJson), page: query.page, pageSize: query.pageSize, total: Number(counted[0]?.total ?? 0) };
}

async function deepPage(db: SqlSession, page: string, params: unknown[]): Promise<ProductRow[]> {
  const ids = (await db.rows<{ id: number }>(`SELECT p.id FROM products p ${page}`, params)).map(({ id }) => id);
  if (ids.length === 0) return [];
  const rows = await db.rows<ProductRow>(`${SELECT_PRODUCT} WHERE p.id IN (${ids.map(() => '?').join(', ')})`, ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
