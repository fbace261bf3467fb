import { randomBytes } from 'node:crypto';
import type { DiscountView } from '../../src/application/discounts/discount-view';
import type { SignedIn } from './accounts';
import type { TestApp } from './test-app';

/** A code no other test uses. */
export function uniqueCode(prefix = 'CODE'): string {
  return `${prefix}-${randomBytes(4).toString('hex').toUpperCase()}`;
}

/** A discount through the admin API: 10% off with a fresh code, unless the fields say otherwise. */
export async function createDiscount(app: TestApp, admin: SignedIn, fields: Record<string, unknown> = {}): Promise<DiscountView> {
  const response = await app.http
    .post('/discounts')
    .set(admin.auth)
    .send({ code: uniqueCode(), kind: 'percent', value: 10, ...fields })
    .expect(201);
  return response.body as DiscountView;
}
