import type { Clock } from '../../src/application/ports/clock';
import type { DiscountListQuery, DiscountRepository } from '../../src/application/ports/discount-repository';
import { offsetOf } from '../../src/application/shared/pagination';
import { type Discount, type NewDiscount, discountCodeTaken, normalizeDiscountCode } from '../../src/domain/discounts/discount';
import { SystemClock } from '../../src/infrastructure/system-clock';

export class InMemoryDiscountRepository implements DiscountRepository {
  private readonly discounts = new Map<number, Discount>();
  private nextId = 1;

  constructor(private readonly clock: Clock = new SystemClock()) {}

  async create(fields: NewDiscount): Promise<Discount> {
    const code = this.freeCode(fields.code, null);
    const now = this.clock.now();
    const discount = { ...termsOf(fields), code, id: this.nextId++, timesUsed: 0, createdAt: now, updatedAt: now };
    this.discounts.set(discount.id, copy(discount));
    return copy(discount);
  }

  async findById(id: number): Promise<Discount | null> {
    const discount = this.discounts.get(id);
    return discount ? copy(discount) : null;
  }

  async lock(id: number): Promise<Discount | null> {
    return this.findById(id);
  }

  async findByCode(code: string): Promise<Discount | null> {
    const key = normalizeDiscountCode(code);
    const discount = [...this.discounts.values()].find((candidate) => candidate.code === key);
    return discount ? copy(discount) : null;
  }

  async update(id: number, fields: NewDiscount): Promise<Discount | null> {
    const current = this.discounts.get(id);
    if (!current) return null;
    const code = this.freeCode(fields.code, id);
    const discount = { ...current, ...termsOf(fields), code, updatedAt: this.clock.now() };
    this.discounts.set(id, copy(discount));
    return copy(discount);
  }

  async delete(id: number): Promise<boolean> {
    return this.discounts.delete(id);
  }

  async list(query: DiscountListQuery): Promise<{ items: Discount[]; total: number }> {
    const sorted = [...this.discounts.values()]
      .filter((discount) => query.active === undefined || discount.active === query.active)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
    const start = offsetOf(query);
    return { items: sorted.slice(start, start + query.pageSize).map(copy), total: sorted.length };
  }

  async claimUse(id: number): Promise<boolean> {
    const discount = this.discounts.get(id);
    if (!discount || (discount.usageLimit !== null && discount.timesUsed >= discount.usageLimit)) return false;
    discount.timesUsed += 1;
    return true;
  }

  async releaseUse(id: number): Promise<void> {
    const discount = this.discounts.get(id);
    if (discount && discount.timesUsed > 0) discount.timesUsed -= 1;
  }

  private freeCode(code: string, exceptId: number | null): string {
    const key = normalizeDiscountCode(code);
    for (const discount of this.discounts.values()) {
      if (discount.id !== exceptId && discount.code === key) throw discountCodeTaken();
    }
    return key;
  }
}

/** Only what NewDiscount names, as the Sequelize adapter writes it: never an id or a count of uses. */
function termsOf({ code, rule, minSubtotal, startsAt, endsAt, usageLimit, perCustomerLimit, active }: NewDiscount): NewDiscount {
  return { code, rule, minSubtotal, startsAt, endsAt, usageLimit, perCustomerLimit, active };
}

function copy(discount: Discount): Discount {
  const dates = { createdAt: new Date(discount.createdAt), updatedAt: new Date(discount.updatedAt) };
  const window = {
    startsAt: discount.startsAt && new Date(discount.startsAt),
    endsAt: discount.endsAt && new Date(discount.endsAt),
  };
  return { ...discount, rule: { ...discount.rule }, ...window, ...dates };
}
