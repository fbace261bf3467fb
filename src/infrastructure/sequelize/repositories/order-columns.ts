import type { AddressFields } from '../../../domain/addresses/address';
import type { Order } from '../../../domain/ordering/order';
import type { OrderStatus } from '../../../domain/ordering/order-status';
import { Money } from '../../../domain/shared/money';
import { type Timestamp, timeOf } from './columns';

/** BIGINT columns: PostgreSQL hands them back as strings, MySQL as strings past 2^53. */
type BigIntColumn = number | string;

export interface OrderColumns {
  id: number;
  user_id: number;
  status: OrderStatus;
  subtotal_cents: BigIntColumn;
  discount_id: number | null;
  discount_code: string | null;
  discount_amount_cents: BigIntColumn;
  total_cents: BigIntColumn;
  shipping_name: string | null;
  shipping_line1: string | null;
  shipping_line2: string | null;
  shipping_city: string | null;
  shipping_region: string | null;
  shipping_postal_code: string | null;
  shipping_country: string | null;
  shipping_phone: string | null;
  idempotency_key: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ItemColumns {
  order_id: number;
  product_id: number;
  name: string;
  unit_price_cents: number;
  quantity: number;
  line_total_cents: BigIntColumn;
}

/** The shipping columns in the order the INSERT names them: all null for an order that ships nowhere. */
export function shippingValues(address: AddressFields | null): (string | null)[] {
  return [
    address?.name ?? null,
    address?.line1 ?? null,
    address?.line2 ?? null,
    address?.city ?? null,
    address?.region ?? null,
    address?.postalCode ?? null,
    address?.country ?? null,
    address?.phone ?? null,
  ];
}

function shippingAddressOf(row: OrderColumns): AddressFields | null {
  // Every snapshot has a name, so a row without one ships nowhere.
  if (row.shipping_name === null) return null;
  return {
    name: row.shipping_name,
    line1: row.shipping_line1!,
    line2: row.shipping_line2,
    city: row.shipping_city!,
    region: row.shipping_region,
    postalCode: row.shipping_postal_code!,
    country: row.shipping_country!,
    phone: row.shipping_phone,
  };
}

export function orderOf(row: OrderColumns, items: ItemColumns[]): Order {
  return {
    id: row.id,
    userId: row.user_id,
    status: row.status,
    subtotal: Money.ofMinor(Number(row.subtotal_cents)),
    discount:
      row.discount_id === null
        ? null
        : { id: row.discount_id, code: row.discount_code!, amount: Money.ofMinor(Number(row.discount_amount_cents)) },
    total: Money.ofMinor(Number(row.total_cents)),
    shippingAddress: shippingAddressOf(row),
    idempotencyKey: row.idempotency_key,
    createdAt: timeOf(row.created_at),
    updatedAt: timeOf(row.updated_at),
    items: items.map((item) => ({
      productId: item.product_id,
      name: item.name,
      unitPrice: Money.ofMinor(item.unit_price_cents),
      quantity: item.quantity,
      lineTotal: Money.ofMinor(Number(item.line_total_cents)),
    })),
  };
}
