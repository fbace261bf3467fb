import { z } from 'zod';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
// Far beyond any real list, and keeps the offset a safe integer for every database driver.
export const MAX_PAGE = 1_000_000;

/** Spread into a list schema: `z.object({ ...pagination, status: ... })`. */
export const pagination = {
  page: z.number().int().min(1).max(MAX_PAGE).default(1),
  pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
};

/** A page of a list: `pageOf(productView)`. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE),
    total: z.number().int().min(0),
  });
}
export type Page<T> = z.infer<ReturnType<typeof pageOf<z.ZodType<T>>>>;

export function offsetOf(query: { page: number; pageSize: number }): number {
  return (query.page - 1) * query.pageSize;
}

/** The page a list use case answers: what was found, in its view, and where it stands. */
export function pageFrom<T, V>(
  query: { page: number; pageSize: number },
  found: { items: T[]; total: number },
  toView: (item: T) => V,
): Page<V> {
  return { items: found.items.map(toView), page: query.page, pageSize: query.pageSize, total: found.total };
}
