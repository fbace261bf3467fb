import type { Sequelize } from 'sequelize';
import { defineAddressModel } from './address-model';
import { defineCartModels } from './cart-model';
import { defineEventModels } from './event-model';
import { defineCategoryModel } from './category-model';
import { defineDiscountModel } from './discount-model';
import { defineOrderModels } from './order-model';
import { defineProductModel } from './product-model';
import { defineRefreshTokenModel } from './refresh-token-model';
import { defineRevokedAccessTokenModel } from './revoked-access-token-model';
import { defineUserModel } from './user-model';

/** Models are defined per Sequelize instance, so several databases can live in one process. */
export function defineModels(sequelize: Sequelize) {
  const models = {
    User: defineUserModel(sequelize),
    RefreshToken: defineRefreshTokenModel(sequelize),
    RevokedAccessToken: defineRevokedAccessTokenModel(sequelize),
    Address: defineAddressModel(sequelize),
    Category: defineCategoryModel(sequelize),
    Product: defineProductModel(sequelize),
    Discount: defineDiscountModel(sequelize),
    ...defineCartModels(sequelize),
    ...defineEventModels(sequelize),
    ...defineOrderModels(sequelize),
  };
  models.Product.belongsTo(models.Category, { as: 'category', foreignKey: 'categoryId' });
  models.CartLine.belongsTo(models.Product, { as: 'product', foreignKey: 'productId' });
  return models;
}

export type Models = ReturnType<typeof defineModels>;
