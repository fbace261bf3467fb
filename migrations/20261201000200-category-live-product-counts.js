'use strict';

/**
 * Each category's number of live products, kept by the service in the same transaction as every
 * product write that changes it. The listing's exact total, when only the category filters it
 * (or nothing does), is read here instead of counted: counting a large category's products cost
 * more than the page itself, and grew with the catalog.
 */
/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.addColumn('categories', 'live_product_count', { type: Sequelize.INTEGER, allowNull: false, defaultValue: 0 });
    await queryInterface.sequelize.query(
      `UPDATE categories SET live_product_count =
        (SELECT COUNT(*) FROM products p WHERE p.category_id = categories.id AND p.deleted_at IS NULL)`,
    );
  },

  async down(queryInterface) {
    // Not queryInterface.removeColumn: on SQLite it copies the table and drops the original,
    // which would set every product's category to null. SQLite 3.35 and later drop a column in place.
    await queryInterface.sequelize.query('ALTER TABLE categories DROP COLUMN live_product_count');
  },
};
