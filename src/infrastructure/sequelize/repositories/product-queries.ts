import type { ProductListQuery, ProductWithCategory } from '../../../application/ports/product-repository';
import { offsetOf } from '../../../application/shared/pagination';
import { Money } from '../../../domain/shared/money';
import type { SupportedDialect } from '../connection-options';
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

// Drivers hand back COUNT and SUM as a number or, when they may overflow one, as a string.
interface Total {
  total: number | string | null;
}

const SELECT_PRODUCTS = `SELECT p.id, p.name, p.description, p.price_cents, p.quantity, p.category_id, p.image_url,
  p.created_at, p.updated_at, c.name AS category_name
FROM products p JOIN categories c ON c.id = p.category_id`;

// Each key leads an index after (category_id, deleted_at) and after (deleted_at), with the id last:
// a page is read off the index in order, never sorted.
const ORDER_KEYS: Record<ProductListQuery['sort']['field'], string> = {
  name: 'p.name_key',
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

/** True when no filter but the category narrows the listing: its total is then kept, not counted. */
const countIsKept = (query: ProductListQuery) => !query.q && !query.minPrice && !query.maxPrice && query.inStock === undefined;

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
  constructor(
    private readonly reader: Reader,
    private readonly dialect: SupportedDialect,
  ) {}

  async findById(id: number): Promise<ProductWithCategory | null> {
    const [row] = await this.reader.select<CatalogRow>(`${SELECT_PRODUCTS} WHERE p.id = ? AND p.deleted_at IS NULL`, [id]);
    return row ? toProduct(row) : null;
  }

  async list(query: ProductListQuery): Promise<{ items: ProductWithCategory[]; total: number }> {
    const { where, parameters } = filtersOf(query);
    const direction = query.sort.direction === 'asc' ? 'ASC' : 'DESC';
    const order = `${this.indexOrder(direction)}${ORDER_KEYS[query.sort.field]} ${direction}, p.id ${direction}`;
    const offset = offsetOf(query);
    const page = { sql: `${where} ORDER BY ${order} LIMIT ? OFFSET ?`, parameters: [...parameters, query.pageSize, offset] };
    const [rows, total] = await Promise.all([
      offset === 0 ? this.reader.select<CatalogRow>(`${SELECT_PRODUCTS} ${page.sql}`, page.parameters) : this.deepPage(page),
      this.total(query, where, parameters),
    ]);
    return { items: rows.map(toProduct), total };
  }

  /**
   * Past the first page, the page's ids come first, the offset skipped in the index alone, which
   * holds them; then only those rows are read whole. Skipping whole rows read every one skipped.
   * Two statements rather than a deferred join, which MariaDB runs through a temporary table at
   * several times the cost. The page is the products live at the first: the second does not
   * ask again, or SQLite would look them up through `deleted_at` rather than by id.
   */
  private async deepPage(page: { sql: string; parameters: unknown[] }): Promise<CatalogRow[]> {
    const ids = (await this.reader.select<{ id: number }>(`SELECT p.id FROM products p ${page.sql}`, page.parameters)).map(({ id }) => id);
    if (ids.length === 0) return [];
    const rows = await this.reader.select<CatalogRow>(`${SELECT_PRODUCTS} WHERE p.id IN (${ids.map(() => '?').join(', ')})`, ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * PostgreSQL reads an index in order past its leading columns only when they are held equal,
   * and `deleted_at IS NULL` does not count as equal there: naming it first in the ORDER BY,
   * where it changes nothing, lets it read the page off the index rather than sort the whole
   * category. MariaDB would sort for it instead; SQLite needs it not.
   */
  private indexOrder(direction: string): string {
    return this.dialect === 'postgres' ? `p.deleted_at ${direction}, ` : '';
  }

  /**
   * Counting a category's products costs as much as it has: a category's count is kept on the
   * category instead, and the whole catalog's is their sum (live products always have one).
   * Any other filter is counted.
   */
  private async total(query: ProductListQuery, where: string, parameters: unknown[]): Promise<number> {
    const [row] = !countIsKept(query)
      ? await this.reader.select<Total>(`SELECT COUNT(*) AS total FROM products p ${where}`, parameters)
      : query.categoryId === undefined
        ? await this.reader.select<Total>('SELECT SUM(live_product_count) AS total FROM categories', [])
        : await this.reader.select<Total>('SELECT live_product_count AS total FROM categories WHERE id = ?', [query.categoryId]);
    return Number(row?.total ?? 0);
  }
}
