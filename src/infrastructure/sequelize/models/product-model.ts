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
import type { CategoryRow } from './category-model';

export interface ProductRow extends Model<InferAttributes<ProductRow>, InferCreationAttributes<ProductRow>> {
  id: CreationOptional<number>;
  name: string;
  description: string | null;
  searchText: CreationOptional<string>;
  priceCents: number;
  quantity: number;
  categoryId: number | null;
  imageUrl: string | null;
  deletedAt: Date | null;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
  category?: NonAttribute<CategoryRow>;
}

export function defineProductModel(sequelize: Sequelize): ModelStatic<ProductRow> {
  return sequelize.define<ProductRow>(
    'Product',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      name: { type: DataTypes.STRING(200), allowNull: false },
      description: { type: DataTypes.TEXT, allowNull: true },
      searchText: { type: DataTypes.TEXT, allowNull: false },
      priceCents: { type: DataTypes.INTEGER, allowNull: false },
      quantity: { type: DataTypes.INTEGER, allowNull: false },
      categoryId: { type: DataTypes.INTEGER, allowNull: true },
      imageUrl: { type: DataTypes.STRING(2048), allowNull: true },
      deletedAt: { type: DataTypes.DATE(3), allowNull: true },
      createdAt: DataTypes.DATE(3),
      updatedAt: DataTypes.DATE(3),
    },
    { tableName: 'products' },
  );
}

/** What `q` is matched against: name and description, lower-cased, one per line. */
export function searchTextOf(name: string, description: string | null): string {
  return [name, description ?? ''].join('\n').toLowerCase();
}
