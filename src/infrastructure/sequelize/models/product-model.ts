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
import { type CategoryRow, countLiveProducts } from './category-model';

export interface ProductRow extends Model<InferAttributes<ProductRow>, InferCreationAttributes<ProductRow>> {
  id: CreationOptional<number>;
  name: string;
  nameKey: CreationOptional<string>;
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
      name: {
        type: DataTypes.STRING(200),
        allowNull: false,
        // The sort key goes wherever the name goes, whoever writes it through the model (the seed too).
        set(this: ProductRow, name: string) {
          this.setDataValue('name', name);
          this.setDataValue('nameKey', nameKeyOf(name));
        },
      },
      nameKey: { type: DataTypes.STRING(400), allowNull: false },
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
    {
      tableName: 'products',
      hooks: {
        // The repository writes one product at a time and counts it; a bulk load (the seed)
        // bypasses it, so its live products are counted here, in its transaction.
        async afterBulkCreate(rows, options) {
          const added = new Map<number, number>();
          for (const { categoryId, deletedAt } of rows) {
            if (categoryId && !deletedAt) added.set(categoryId, (added.get(categoryId) ?? 0) + 1);
          }
          const Category = sequelize.models.Category as ModelStatic<CategoryRow>;
          for (const [categoryId, by] of added) await countLiveProducts(Category, categoryId, by, { transaction: options.transaction ?? undefined });
        },
      },
    },
  );
}

/** What the listing sorts by name: the name lower-cased, as `q` is matched. */
export function nameKeyOf(name: string): string {
  return name.toLowerCase();
}

/** What `q` is matched against: name and description, lower-cased, one per line. */
export function searchTextOf(name: string, description: string | null): string {
  return [name, description ?? ''].join('\n').toLowerCase();
}
