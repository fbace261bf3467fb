'use strict';

/**
 * Indexes in the order the catalog is listed: a category's live products come out of the index
 * already sorted by creation time or price (ties by id), so a page is read, not sorted, however
 * large the category. The old (category_id, deleted_at) index is a prefix of these and goes.
 */
const INDEXES = [
  { name: 'products_listing_by_created_at', fields: ['category_id', 'deleted_at', 'created_at', 'id'] },
  { name: 'products_listing_by_price', fields: ['category_id', 'deleted_at', 'price_cents', 'id'] },
  { name: 'products_live_by_created_at', fields: ['deleted_at', 'created_at', 'id'] },
];

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface) {
    for (const { name, fields } of INDEXES) await queryInterface.addIndex('products', fields, { name });
    await queryInterface.removeIndex('products', 'products_category_id_deleted_at');
  },

  async down(queryInterface) {
    await queryInterface.addIndex('products', ['category_id', 'deleted_at'], { name: 'products_category_id_deleted_at' });
    for (const { name } of INDEXES) await queryInterface.removeIndex('products', name);
  },
};
