import {
  DataTypes,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Model,
  type ModelStatic,
  type Sequelize,
} from 'sequelize';
import type { OrderStatus } from '../../../domain/ordering/order-status';

export interface OrderRow extends Model<InferAttributes<OrderRow>, InferCreationAttributes<OrderRow>> {
  id: CreationOptional<number>;
  userId: number;
  status: OrderStatus;
  /** BIGINT: the drivers hand it back as a string. */
  totalCents: number | string;
  subtotalCents: number | string;
  discountId: number | null;
  discountCode: string | null;
  discountAmountCents: number | string;
  shippingName: string | null;
  shippingLine1: string | null;
  shippingLine2: string | null;
  shippingCity: string | null;
  shippingRegion: string | null;
  shippingPostalCode: string | null;
  shippingCountry: string | null;
  shippingPhone: string | null;
  idempotencyKey: string | null;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
}

export interface OrderItemRow extends Model<InferAttributes<OrderItemRow>, InferCreationAttributes<OrderItemRow>> {
  id: CreationOptional<number>;
  orderId: number;
  productId: number;
  name: string;
  unitPriceCents: number;
  quantity: number;
  lineTotalCents: number | string;
}

export function defineOrderModels(sequelize: Sequelize) {
  const Order = sequelize.define<OrderRow>(
    'Order',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      userId: { type: DataTypes.INTEGER, allowNull: false },
      status: { type: DataTypes.STRING(16), allowNull: false },
      totalCents: { type: DataTypes.BIGINT, allowNull: false },
      subtotalCents: { type: DataTypes.BIGINT, allowNull: false },
      discountId: { type: DataTypes.INTEGER, allowNull: true },
      discountCode: { type: DataTypes.STRING(32), allowNull: true },
      discountAmountCents: { type: DataTypes.BIGINT, allowNull: false },
      shippingName: { type: DataTypes.STRING(200), allowNull: true },
      shippingLine1: { type: DataTypes.STRING(200), allowNull: true },
      shippingLine2: { type: DataTypes.STRING(200), allowNull: true },
      shippingCity: { type: DataTypes.STRING(100), allowNull: true },
      shippingRegion: { type: DataTypes.STRING(100), allowNull: true },
      shippingPostalCode: { type: DataTypes.STRING(20), allowNull: true },
      shippingCountry: { type: DataTypes.STRING(2), allowNull: true },
      shippingPhone: { type: DataTypes.STRING(32), allowNull: true },
      idempotencyKey: { type: DataTypes.STRING(255), allowNull: true },
      createdAt: DataTypes.DATE(3),
      updatedAt: DataTypes.DATE(3),
    },
    { tableName: 'orders' },
  );
  const OrderItem = sequelize.define<OrderItemRow>(
    'OrderItem',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      orderId: { type: DataTypes.INTEGER, allowNull: false },
      productId: { type: DataTypes.INTEGER, allowNull: false },
      name: { type: DataTypes.STRING(200), allowNull: false },
      unitPriceCents: { type: DataTypes.INTEGER, allowNull: false },
      quantity: { type: DataTypes.INTEGER, allowNull: false },
      lineTotalCents: { type: DataTypes.BIGINT, allowNull: false },
    },
    { tableName: 'order_items', timestamps: false },
  );
  return { Order, OrderItem } satisfies Record<string, ModelStatic<Model>>;
}
