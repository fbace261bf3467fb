import type { SqlClient } from '../sql/sql-client';

export const SORTS = ['-createdAt', 'createdAt', 'price', '-price', 'name', '-name'];
export const PAGE_SIZE = 20;
const PAGES = [1, 2, 3, 5, 10, 20, 50, 100, 200, 500];

/** The same pseudo-random order on every run, so that runs ask the same questions in the same order. */
function shuffled<T>(items: T[]): T[] {
  const result = [...items];
  let seed = 42;
  for (let i = result.length - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = seed % (i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** Listing paths over every category, every sort and pages from the first to deep ones. */
export async function listingPaths(db: SqlClient): Promise<string[]> {
  const categories = await db.rows<{ id: number; live: number | string }>(
    'SELECT category_id AS id, COUNT(*) AS live FROM products WHERE deleted_at IS NULL GROUP BY category_id ORDER BY category_id',
  );
  const paths = categories.flatMap(({ id, live }) => {
    const lastPage = Math.max(1, Math.ceil(Number(live) / PAGE_SIZE));
    return SORTS.flatMap((sort) =>
      PAGES.filter((page) => page <= lastPage).map((page) => `/products?categoryId=${id}&pageSize=${PAGE_SIZE}&sort=${sort}&page=${page}`),
    );
  });
  return shuffled(paths);
}

/** The same page of every category in every sort. */
export async function pagePaths(db: SqlClient, page: number): Promise<string[]> {
  const categories = await db.rows<{ id: number }>('SELECT id FROM categories ORDER BY id');
  return shuffled(
    categories.flatMap(({ id }) => SORTS.map((sort) => `/products?categoryId=${id}&pageSize=${PAGE_SIZE}&sort=${sort}&page=${page}`)),
  );
}

/** Paths of `count` live products spread evenly over the catalog. */
export async function productPaths(db: SqlClient, count: number): Promise<string[]> {
  const ids = await db.rows<{ id: number }>('SELECT id FROM products WHERE deleted_at IS NULL ORDER BY id');
  const step = Math.max(1, Math.floor(ids.length / count));
  return shuffled(ids.filter((_, n) => n % step === 0).slice(0, count).map(({ id }) => `/products/${id}`));
}
