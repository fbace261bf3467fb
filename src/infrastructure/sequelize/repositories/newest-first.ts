import type { Model, ModelStatic, Transaction, WhereOptions } from 'sequelize';
import { offsetOf } from '../../../application/shared/pagination';

/** Newest first, ties broken by id, descending: the order of every list of records. */
export const NEWEST_FIRST: [string, string][] = [
  ['createdAt', 'DESC'],
  ['id', 'DESC'],
];

/** One page of a model's rows newest first, with the count of all that match. */
export function newestFirstPage<M extends Model>(
  model: ModelStatic<M>,
  where: WhereOptions<M>,
  query: { page: number; pageSize: number },
  scope: { transaction?: Transaction },
): Promise<{ rows: M[]; count: number }> {
  return model.findAndCountAll({ where, order: NEWEST_FIRST, limit: query.pageSize, offset: offsetOf(query), ...scope });
}
