import {
  DataTypes,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Model,
  type ModelStatic,
  type NonAttribute,
  type Sequelize,
} from 'sequelize';
import type { ProductRow } from './product-model';

export interface CartRow extends Model<InferAttributes<CartRow>, InferCreationAttributes<CartRow>> {
  id: CreationOptional<number>;
  userId: number | null;
  tokenDigest: string | null;
  discountId: number | null;
  expiresAt: Date | null;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
}

export interface CartLineRow extends Model<InferAttributes<CartLineRow>, InferCreationAttributes<CartLineRow>> {
  id: CreationOptional<number>;
  cartId: number;
  productId: number;
  quantity: number;
  addedPriceCents: number;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
  product?: NonAttribute<ProductRow>;
}

export function defineCartModels(sequelize: Sequelize) {
  const Cart = sequelize.define<CartRow>(
    'Cart',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      userId: { type: DataTypes.INTEGER, allowNull: true, unique: true },
      tokenDigest: { type: DataTypes.STRING(64), allowNull: true, unique: true },
      discountId: { type: DataTypes.INTEGER, allowNull: true },
      expiresAt: { type: DataTypes.DATE(3), allowNull: true },
      createdAt: DataTypes.DATE(3),
      updatedAt: DataTypes.DATE(3),
    },
    { tableName: 'carts' },
  );
  const CartLine = sequelize.define<CartLineRow>(
    'CartLine',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      cartId: { type: DataTypes.INTEGER, allowNull: false },
      productId: { type: DataTypes.INTEGER, allowNull: false },
      quantity: { type: DataTypes.INTEGER, allowNull: false },
      addedPriceCents: { type: DataTypes.INTEGER, allowNull: false },
      createdAt: DataTypes.DATE(3),
      updatedAt: DataTypes.DATE(3),
    },
    { tableName: 'cart_lines' },
  );
  return { Cart, CartLine } satisfies Record<string, ModelStatic<Model>>;
}
