import {
  DataTypes,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Model,
  type ModelStatic,
  type Sequelize,
  type Transaction,
} from 'sequelize';

export interface CategoryRow extends Model<InferAttributes<CategoryRow>, InferCreationAttributes<CategoryRow>> {
  id: CreationOptional<number>;
  name: string;
  nameKey: string;
  description: string | null;
  /** Its live products, kept by the product repository with every write that changes them. */
  liveProductCount: CreationOptional<number>;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
}

export function defineCategoryModel(sequelize: Sequelize): ModelStatic<CategoryRow> {
  return sequelize.define<CategoryRow>(
    'Category',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      name: { type: DataTypes.STRING(200), allowNull: false },
      nameKey: { type: DataTypes.STRING(400), allowNull: false, unique: true },
      description: { type: DataTypes.TEXT, allowNull: true },
      liveProductCount: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      createdAt: DataTypes.DATE(3),
      updatedAt: DataTypes.DATE(3),
    },
    { tableName: 'categories' },
  );
}

/**
 * Adds `by` to a category's count of live products, as `SET n = n + by` in the caller's
 * transaction, so that concurrent writes add up rather than overwrite each other.
 */
export async function countLiveProducts(
  Category: ModelStatic<CategoryRow>,
  categoryId: number,
  by: number,
  options: { transaction?: Transaction },
): Promise<void> {
  await Category.increment('liveProductCount', { by, where: { id: categoryId }, silent: true, ...options });
}
