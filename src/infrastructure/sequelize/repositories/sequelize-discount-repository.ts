import { inject, injectable } from 'tsyringe';
import type { DiscountListQuery, DiscountRepository } from '../../../application/ports/discount-repository';
import {
  type Discount,
  type NewDiscount,
  discountCodeTaken,
  discountInUse,
  normalizeDiscountCode,
} from '../../../domain/discounts/discount';
import { DISCOUNT_CODE_PATTERN } from '../../../domain/discounts/discount-draft';
import { Money } from '../../../domain/shared/money';
import { Database } from '../database';
import { newestFirstPage } from './newest-first';
import { isForeignKeyViolation, isUniqueViolation } from '../driver-errors';
import type { DiscountRow } from '../models/discount-model';
import { type DiscountColumns, SELECT_DISCOUNTS, discountOf, ruleOf } from './discount-columns';

const toDiscount = (row: DiscountRow): Discount => ({
  id: row.id,
  code: row.code,
  rule: ruleOf(row.kind, row.value),
  minSubtotal: Money.ofMinor(row.minSubtotalCents),
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  usageLimit: row.usageLimit,
  perCustomerLimit: row.perCustomerLimit,
  timesUsed: row.timesUsed,
  active: row.active,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

// Field by field, so that a whole Discount passed in never writes its id or its count of uses.
const toRow = ({ code, rule, minSubtotal, startsAt, endsAt, usageLimit, perCustomerLimit, active }: NewDiscount) => ({
  code: normalizeDiscountCode(code),
  kind: rule.kind,
  value: rule.kind === 'percent' ? rule.percent : rule.amount.minorUnits,
  minSubtotalCents: minSubtotal.minorUnits,
  startsAt,
  endsAt,
  usageLimit,
  perCustomerLimit,
  active,
});

@injectable()
export class SequelizeDiscountRepository implements DiscountRepository {
  constructor(@inject(Database) private readonly db: Database) {}

  async create(discount: NewDiscount): Promise<Discount> {
    try {
      return toDiscount(await this.db.models.Discount.create(toRow(discount), this.db.scope()));
    } catch (error) {
      if (isUniqueViolation(error)) throw discountCodeTaken();
      throw error;
    }
  }

  async findById(id: number): Promise<Discount | null> {
    // Read wherever a cart with a code is priced, checkout included: sent as written.
    const [row] = await this.db.sql.select<DiscountColumns>(`${SELECT_DISCOUNTS} WHERE id = ?`, [id]);
    return row ? discountOf(row) : null;
  }

  async lock(id: number): Promise<Discount | null> {
    const [row] = await this.db.sql.select<DiscountColumns>(`${SELECT_DISCOUNTS} WHERE id = ?${this.db.forUpdate()}`, [id]);
    return row ? discountOf(row) : null;
  }

  async findByCode(code: string): Promise<Discount | null> {
    // Only well-formed codes reach the database: MySQL's default collation would match "CAFÉ" to "CAFE".
    if (!DISCOUNT_CODE_PATTERN.test(code)) return null;
    const row = await this.db.models.Discount.findOne({ where: { code: normalizeDiscountCode(code) }, ...this.db.scope() });
    return row && toDiscount(row);
  }

  async update(id: number, discount: NewDiscount): Promise<Discount | null> {
    const row = await this.db.models.Discount.findByPk(id, this.db.scope());
    if (!row) return null;
    try {
      await row.update(toRow(discount), this.db.scope());
    } catch (error) {
      if (isUniqueViolation(error)) throw discountCodeTaken();
      throw error;
    }
    return toDiscount(row);
  }

  async delete(id: number): Promise<boolean> {
    try {
      return (await this.db.models.Discount.destroy({ where: { id }, ...this.db.scope() })) > 0;
    } catch (error) {
      if (isForeignKeyViolation(error)) throw discountInUse();
      throw error;
    }
  }

  async list(query: DiscountListQuery): Promise<{ items: Discount[]; total: number }> {
    const where = query.active === undefined ? {} : { active: query.active };
    const { rows, count } = await newestFirstPage(this.db.models.Discount, where, query, this.db.scope());
    return { items: rows.map(toDiscount), total: count };
  }

  async claimUse(id: number): Promise<boolean> {
    // One conditional UPDATE: concurrent claims queue on the row lock, and each checks the
    // limit again against the committed count, so the limit is never passed.
    const { changed } = await this.db.sql.write(
      'UPDATE discounts SET times_used = times_used + 1 WHERE id = ? AND (usage_limit IS NULL OR times_used < usage_limit)',
      [id],
    );
    return changed === 1;
  }

  async releaseUse(id: number): Promise<void> {
    await this.db.sql.write('UPDATE discounts SET times_used = times_used - 1 WHERE id = ? AND times_used > 0', [id]);
  }
}
