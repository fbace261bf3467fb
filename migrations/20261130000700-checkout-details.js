'use strict';

const SHIPPING_COLUMNS = {
  shipping_name: 200,
  shipping_line1: 200,
  shipping_line2: 200,
  shipping_city: 100,
  shipping_region: 100,
  shipping_postal_code: 20,
  shipping_country: 2,
  shipping_phone: 32,
};

/**
 * SQLite drops a column by copying the table and dropping the original, and dropping a table
 * deletes the rows that cascade from it (order lines, cart lines) unless foreign keys are off.
 */
async function withoutCascadesOnSqlite(queryInterface, work) {
  const sqlite = queryInterface.sequelize.getDialect() === 'sqlite';
  if (sqlite) await queryInterface.sequelize.query('PRAGMA foreign_keys = OFF');
  try {
    await work();
  } finally {
    if (sqlite) await queryInterface.sequelize.query('PRAGMA foreign_keys = ON');
  }
}

/**
 * A cart holds at most one discount code. An order keeps what it was priced with: its subtotal,
 * the code and amount of its discount, and a snapshot of the address it ships to. Orders placed
 * before had no discount: their subtotal is their total.
 */
/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface, Sequelize) {
    // A deleted discount simply leaves the carts that held it; orders that used one keep it from being deleted.
    await queryInterface.addColumn('carts', 'discount_id', {
      type: Sequelize.INTEGER,
      allowNull: true,
      references: { model: 'discounts', key: 'id' },
      onDelete: 'SET NULL',
    });
    await queryInterface.addColumn('orders', 'subtotal_cents', { type: Sequelize.BIGINT, allowNull: false, defaultValue: 0 });
    await queryInterface.sequelize.query('UPDATE orders SET subtotal_cents = total_cents');
    await queryInterface.addColumn('orders', 'discount_id', {
      type: Sequelize.INTEGER,
      allowNull: true,
      references: { model: 'discounts', key: 'id' },
      onDelete: 'RESTRICT',
    });
    await queryInterface.addColumn('orders', 'discount_code', { type: Sequelize.STRING(32), allowNull: true });
    await queryInterface.addColumn('orders', 'discount_amount_cents', { type: Sequelize.BIGINT, allowNull: false, defaultValue: 0 });
    for (const [column, length] of Object.entries(SHIPPING_COLUMNS)) {
      await queryInterface.addColumn('orders', column, { type: Sequelize.STRING(length), allowNull: true });
    }
    // A customer's uses of a code are counted at every checkout that carries it.
    await queryInterface.addIndex('orders', ['discount_id', 'user_id'], { name: 'orders_discount_id_user_id' });
  },

  async down(queryInterface) {
    // MySQL keeps the index while a foreign key needs it, and a column while a foreign key is on it.
    if (queryInterface.sequelize.getDialect() !== 'sqlite') {
      for (const table of ['orders', 'carts']) {
        const references = await queryInterface.getForeignKeyReferencesForTable(table);
        for (const { constraintName } of references.filter((reference) => reference.columnName === 'discount_id')) {
          await queryInterface.removeConstraint(table, constraintName);
        }
      }
    }
    await queryInterface.removeIndex('orders', 'orders_discount_id_user_id');
    await withoutCascadesOnSqlite(queryInterface, async () => {
      for (const column of [...Object.keys(SHIPPING_COLUMNS).reverse(), 'discount_amount_cents', 'discount_code', 'discount_id', 'subtotal_cents']) {
        await queryInterface.removeColumn('orders', column);
      }
      await queryInterface.removeColumn('carts', 'discount_id');
    });
  },
};
