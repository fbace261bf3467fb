import type { Order } from '../../domain/ordering/order';
import type { OrderView } from './schemas';

export function toOrderView(order: Order): OrderView {
  return {
    orderId: order.id,
    userId: order.userId,
    products: order.items.map((item) => ({
      productId: item.productId,
      name: item.name,
      price: item.unitPrice.toMajor(),
      quantity: item.quantity,
      lineTotal: item.lineTotal.toMajor(),
    })),
    totalPrice: order.total.toMajor(),
    status: order.status,
    createdAt: order.createdAt.toISOString(),
    updatedAt: order.updatedAt.toISOString(),
  };
}
