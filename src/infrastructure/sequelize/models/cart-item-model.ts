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

export interface CartItemRow extends Model<InferAttributes<CartItemRow>, InferCreationAttributes<CartItemRow>> {
  id: CreationOptional<number>;
  userId: number;
  productId: number;
  quantity: number;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
  product?: NonAttribute<ProductRow>;
}

export function defineCartItemModel(sequelize: Sequelize): ModelStatic<CartItemRow> {
  return sequelize.define<CartItemRow>(
    'CartItem',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      userId: { type: DataTypes.INTEGER, allowNull: false },
      productId: { type: DataTypes.INTEGER, allowNull: false },
      quantity: { type: DataTypes.INTEGER, allowNull: false },
      createdAt: DataTypes.DATE(3),
      updatedAt: DataTypes.DATE(3),
    },
    { tableName: 'cart_items' },
  );
}
