'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable('categories', {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true, allowNull: false },
      name: { type: Sequelize.STRING(200), allowNull: false },
      // The trimmed, lower-cased name: unique, so names are unique whatever their case. Twice the
      // name's length, since lower-casing can lengthen a character ("İ" becomes "i̇").
      name_key: { type: Sequelize.STRING(400), allowNull: false, unique: true },
      description: { type: Sequelize.TEXT, allowNull: true },
      created_at: { type: Sequelize.DATE(3), allowNull: false },
      updated_at: { type: Sequelize.DATE(3), allowNull: false },
    });

    await queryInterface.createTable('products', {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true, allowNull: false },
      name: { type: Sequelize.STRING(200), allowNull: false },
      description: { type: Sequelize.TEXT, allowNull: true },
      // Name and description lower-cased by the service, which folds all of Unicode (SQLite's
      // LOWER() folds only ASCII), so that search is case-insensitive the same way everywhere.
      search_text: { type: Sequelize.TEXT, allowNull: false },
      price_cents: { type: Sequelize.INTEGER, allowNull: false },
      quantity: { type: Sequelize.INTEGER, allowNull: false },
      // Null only for deleted products whose category was deleted after them.
      category_id: {
        type: Sequelize.INTEGER,
        allowNull: true,
        references: { model: 'categories', key: 'id' },
        onDelete: 'SET NULL',
      },
      image_url: { type: Sequelize.STRING(2048), allowNull: true },
      deleted_at: { type: Sequelize.DATE(3), allowNull: true },
      created_at: { type: Sequelize.DATE(3), allowNull: false },
      updated_at: { type: Sequelize.DATE(3), allowNull: false },
    });
    // The listing filters live products by category and price and pages them newest first.
    await queryInterface.addIndex('products', ['category_id', 'deleted_at'], { name: 'products_category_id_deleted_at' });
    await queryInterface.addIndex('products', ['price_cents'], { name: 'products_price_cents' });
    await queryInterface.addIndex('products', ['created_at', 'id'], { name: 'products_created_at_id' });
  },

  async down(queryInterface) {
    await queryInterface.dropTable('products');
    await queryInterface.dropTable('categories');
  },
};
