'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable('cart_items', {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true, allowNull: false },
      user_id: {
        type: Sequelize.INTEGER,
        allowNull: false,
        references: { model: 'users', key: 'id' },
        onDelete: 'CASCADE',
      },
      product_id: {
        type: Sequelize.INTEGER,
        allowNull: false,
        references: { model: 'products', key: 'id' },
        onDelete: 'CASCADE',
      },
      quantity: { type: Sequelize.INTEGER, allowNull: false },
      created_at: { type: Sequelize.DATE(3), allowNull: false },
      updated_at: { type: Sequelize.DATE(3), allowNull: false },
    });
    await queryInterface.addIndex('cart_items', ['user_id', 'product_id'], {
      name: 'cart_items_user_id_product_id',
      unique: true,
    });

    await queryInterface.createTable('orders', {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true, allowNull: false },
      user_id: { type: Sequelize.INTEGER, allowNull: false, references: { model: 'users', key: 'id' } },
      status: { type: Sequelize.STRING(16), allowNull: false },
      total_cents: { type: Sequelize.BIGINT, allowNull: false },
      idempotency_key: { type: Sequelize.STRING(255), allowNull: true },
      created_at: { type: Sequelize.DATE(3), allowNull: false },
      updated_at: { type: Sequelize.DATE(3), allowNull: false },
    });
    // Several orders without a key are fine: NULLs never collide in a unique index.
    await queryInterface.addIndex('orders', ['user_id', 'idempotency_key'], {
      name: 'orders_user_id_idempotency_key',
      unique: true,
    });
    await queryInterface.addIndex('orders', ['user_id', 'created_at'], { name: 'orders_user_id_created_at' });
    await queryInterface.addIndex('orders', ['status', 'created_at'], { name: 'orders_status_created_at' });
    await queryInterface.addIndex('orders', ['created_at'], { name: 'orders_created_at' });

    await queryInterface.createTable('order_items', {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true, allowNull: false },
      order_id: {
        type: Sequelize.INTEGER,
        allowNull: false,
        references: { model: 'orders', key: 'id' },
        onDelete: 'CASCADE',
      },
      product_id: { type: Sequelize.INTEGER, allowNull: false, references: { model: 'products', key: 'id' } },
      name: { type: Sequelize.STRING(200), allowNull: false },
      unit_price_cents: { type: Sequelize.INTEGER, allowNull: false },
      quantity: { type: Sequelize.INTEGER, allowNull: false },
      line_total_cents: { type: Sequelize.BIGINT, allowNull: false },
    });
    await queryInterface.addIndex('order_items', ['order_id'], { name: 'order_items_order_id' });
  },

  async down(queryInterface) {
    await queryInterface.dropTable('order_items');
    await queryInterface.dropTable('orders');
    await queryInterface.dropTable('cart_items');
  },
};
