import type { ProductListQuery, ProductWithCategory } from '../../../application/ports/product-repository';
import { offsetOf } from '../../../application/shared/pagination';
import { Money } from '../../../domain/shared/money';
import type { Reader } from '../reader';

// `!` escapes LIKE's wildcards because it means nothing in any dialect's strings.
const LIKE_ESCAPE = '!';

/** A LIKE pattern that finds `text` anywhere, with `%`, `_` and the escape itself taken literally. */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[!%_]/g, (char) => LIKE_ESCAPE + char)}%`;
}

/** A live product with its category's name, as the catalog queries below select it. */
interface CatalogRow {
  id: number;
  name: string;
  description: string | null;
  price_cents: number;
  quantity: number;
  category_id: number;
  image_url: string | null;
  // SQLite keeps timestamps as text.
  created_at: Date | string;
  updated_at: Date | string;
  category_name: string;
}

const SELECT_PRODUCTS = `SELECT p.id, p.name, p.description, p.price_cents, p.quantity, p.category_id, p.image_url,
  p.created_at, p.updated_at, c.name AS category_name
FROM products p JOIN categories c ON c.id = p.category_id`;

const ORDER_KEYS: Record<ProductListQuery['sort']['field'], string> = {
  name: 'LOWER(p.name)',
  price: 'p.price_cents',
  createdAt: 'p.created_at',
};

const toProduct = (row: CatalogRow): ProductWithCategory => ({
  id: row.id,
  name: row.name,
  description: row.description,
  price: Money.ofMinor(row.price_cents),
  quantity: row.quantity,
  categoryId: row.category_id,
  imageUrl: row.image_url,
  createdAt: new Date(row.created_at),
  updatedAt: new Date(row.updated_at),
  category: { id: row.category_id, name: row.category_name },
});

/** The WHERE of the listing: live products, and each filter the query sets. */
function filtersOf(query: ProductListQuery): { where: string; parameters: unknown[] } {
  const conditions = ['p.deleted_at IS NULL'];
  const parameters: unknown[] = [];
  const add = (condition: string, ...values: unknown[]) => {
    conditions.push(condition);
    parameters.push(...values);
  };
  if (query.categoryId !== undefined) add('p.category_id = ?', query.categoryId);
  if (query.minPrice) add('p.price_cents >= ?', query.minPrice.minorUnits);
  if (query.maxPrice) add('p.price_cents <= ?', query.maxPrice.minorUnits);
  if (query.inStock === true) add('p.quantity > 0');
  if (query.inStock === false) add('p.quantity = 0');
  // The search text is stored lower-cased, like the pattern.
  if (query.q) add(`p.search_text LIKE ? ESCAPE '${LIKE_ESCAPE}'`, containsPattern(query.q));
  return { where: `WHERE ${conditions.join(' AND ')}`, parameters };
}

/** The catalog's reads in hand-written SQL: what every visitor asks for, so what must cost least. */
export class ProductQueries {
  constructor(private readonly reader: Reader) {}

  async findById(id: number): Promise<ProductWithCategory | null> {
    const [row] = await this.reader.select<CatalogRow>(`${SELECT_PRODUCTS} WHERE p.id = ? AND p.deleted_at IS NULL`, [id]);
    return row ? toProduct(row) : null;
  }

  async list(query: ProductListQuery): Promise<{ items: ProductWithCategory[]; total: number }> {
    const { where, parameters } = filtersOf(query);
    const direction = query.sort.direction === 'asc' ? 'ASC' : 'DESC';
    const order = `ORDER BY ${ORDER_KEYS[query.sort.field]} ${direction}, p.id ${direction}`;
    // Counted apart from the page: the count needs no join with the categories.
    const [rows, [count]] = await Promise.all([
      this.reader.select<CatalogRow>(`${SELECT_PRODUCTS} ${where} ${order} LIMIT ? OFFSET ?`, [
        ...parameters,
        query.pageSize,
        offsetOf(query),
      ]),
      this.reader.select<{ total: number | string }>(`SELECT COUNT(*) AS total FROM products p ${where}`, parameters),
    ]);
    return { items: rows.map(toProduct), total: Number(count?.total ?? 0) };
  }
}
