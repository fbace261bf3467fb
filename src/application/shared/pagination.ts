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

export const paginationInput = z.object(pagination);
export type PaginationInput = z.output<typeof paginationInput>;

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export function offsetOf(query: { page: number; pageSize: number }): number {
  return (query.page - 1) * query.pageSize;
}
