import {
  DataTypes,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Model,
  type ModelStatic,
  type Sequelize,
} from 'sequelize';
import type { DiscountKind } from '../../../domain/discounts/discount';

export interface DiscountRow extends Model<InferAttributes<DiscountRow>, InferCreationAttributes<DiscountRow>> {
  id: CreationOptional<number>;
  code: string;
  kind: DiscountKind;
  /** The percent, or the fixed amount in cents. */
  value: number;
  minSubtotalCents: number;
  startsAt: Date | null;
  endsAt: Date | null;
  usageLimit: number | null;
  perCustomerLimit: number | null;
  timesUsed: CreationOptional<number>;
  active: boolean;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
}

export function defineDiscountModel(sequelize: Sequelize): ModelStatic<DiscountRow> {
  return sequelize.define<DiscountRow>(
    'Discount',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      code: { type: DataTypes.STRING(32), allowNull: false, unique: true },
      kind: { type: DataTypes.STRING(16), allowNull: false },
      value: { type: DataTypes.INTEGER, allowNull: false },
      minSubtotalCents: { type: DataTypes.INTEGER, allowNull: false },
      startsAt: { type: DataTypes.DATE(3), allowNull: true },
      endsAt: { type: DataTypes.DATE(3), allowNull: true },
      usageLimit: { type: DataTypes.INTEGER, allowNull: true },
      perCustomerLimit: { type: DataTypes.INTEGER, allowNull: true },
      timesUsed: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      active: { type: DataTypes.BOOLEAN, allowNull: false },
      createdAt: DataTypes.DATE(3),
      updatedAt: DataTypes.DATE(3),
    },
    { tableName: 'discounts' },
  );
}
