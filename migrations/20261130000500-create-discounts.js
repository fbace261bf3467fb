'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable('discounts', {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true, allowNull: false },
      // Stored upper-case by the service, so a plain unique index makes codes unique whatever their case.
      code: { type: Sequelize.STRING(32), allowNull: false, unique: true },
      kind: { type: Sequelize.STRING(16), allowNull: false },
      // The percent for `percent`, the amount in cents for `fixed`.
      value: { type: Sequelize.INTEGER, allowNull: false },
      min_subtotal_cents: { type: Sequelize.INTEGER, allowNull: false },
      starts_at: { type: Sequelize.DATE(3), allowNull: true },
      ends_at: { type: Sequelize.DATE(3), allowNull: true },
      usage_limit: { type: Sequelize.INTEGER, allowNull: true },
      per_customer_limit: { type: Sequelize.INTEGER, allowNull: true },
      times_used: { type: Sequelize.INTEGER, allowNull: false, defaultValue: 0 },
      active: { type: Sequelize.BOOLEAN, allowNull: false },
      created_at: { type: Sequelize.DATE(3), allowNull: false },
      updated_at: { type: Sequelize.DATE(3), allowNull: false },
    });
    // The admin list pages newest first, all discounts or only the active (or inactive) ones.
    await queryInterface.addIndex('discounts', ['created_at', 'id'], { name: 'discounts_created_at_id' });
    await queryInterface.addIndex('discounts', ['active', 'created_at', 'id'], { name: 'discounts_active_created_at_id' });
  },

  async down(queryInterface) {
    await queryInterface.dropTable('discounts');
  },
};
