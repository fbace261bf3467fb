'use strict';

/**
 * One cart model for both owners: a cart belongs to a user or, until it is merged or expires, to
 * whoever holds its guest token (only the token's digest is stored). Lines remember the price
 * they were added at. Existing carts move over with their lines, added at today's price.
 */
/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable('carts', {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true, allowNull: false },
      user_id: {
        type: Sequelize.INTEGER,
        allowNull: true,
        unique: true,
        references: { model: 'users', key: 'id' },
        onDelete: 'CASCADE',
      },
      token_digest: { type: Sequelize.STRING(64), allowNull: true, unique: true },
      expires_at: { type: Sequelize.DATE(3), allowNull: true },
      created_at: { type: Sequelize.DATE(3), allowNull: false },
      updated_at: { type: Sequelize.DATE(3), allowNull: false },
    });
    await queryInterface.addIndex('carts', ['expires_at'], { name: 'carts_expires_at' });

    await queryInterface.createTable('cart_lines', {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true, allowNull: false },
      cart_id: {
        type: Sequelize.INTEGER,
        allowNull: false,
        references: { model: 'carts', key: 'id' },
        onDelete: 'CASCADE',
      },
      product_id: {
        type: Sequelize.INTEGER,
        allowNull: false,
        references: { model: 'products', key: 'id' },
        onDelete: 'CASCADE',
      },
      quantity: { type: Sequelize.INTEGER, allowNull: false },
      added_price_cents: { type: Sequelize.INTEGER, allowNull: false },
      created_at: { type: Sequelize.DATE(3), allowNull: false },
      updated_at: { type: Sequelize.DATE(3), allowNull: false },
    });
    await queryInterface.addIndex('cart_lines', ['cart_id', 'product_id'], { name: 'cart_lines_cart_id_product_id', unique: true });

    await queryInterface.sequelize.query(
      `INSERT INTO carts (user_id, created_at, updated_at)
       SELECT user_id, MIN(created_at), MAX(updated_at) FROM cart_items GROUP BY user_id`,
    );
    await queryInterface.sequelize.query(
      `INSERT INTO cart_lines (cart_id, product_id, quantity, added_price_cents, created_at, updated_at)
       SELECT carts.id, cart_items.product_id, cart_items.quantity, products.price_cents, cart_items.created_at, cart_items.updated_at
       FROM cart_items
       JOIN carts ON carts.user_id = cart_items.user_id
       JOIN products ON products.id = cart_items.product_id
       ORDER BY cart_items.id`,
    );
    await queryInterface.dropTable('cart_items');
  },

  async down(queryInterface, Sequelize) {
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
    await queryInterface.addIndex('cart_items', ['user_id', 'product_id'], { name: 'cart_items_user_id_product_id', unique: true });
    // Guest carts have no owner to go back to and are dropped.
    await queryInterface.sequelize.query(
      `INSERT INTO cart_items (user_id, product_id, quantity, created_at, updated_at)
       SELECT carts.user_id, cart_lines.product_id, cart_lines.quantity, cart_lines.created_at, cart_lines.updated_at
       FROM cart_lines JOIN carts ON carts.id = cart_lines.cart_id
       WHERE carts.user_id IS NOT NULL
       ORDER BY cart_lines.id`,
    );
    await queryInterface.dropTable('cart_lines');
    await queryInterface.dropTable('carts');
  },
};
