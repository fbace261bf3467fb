'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable('addresses', {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true, allowNull: false },
      user_id: {
        type: Sequelize.INTEGER,
        allowNull: false,
        references: { model: 'users', key: 'id' },
        onDelete: 'CASCADE',
      },
      name: { type: Sequelize.STRING(200), allowNull: false },
      line1: { type: Sequelize.STRING(200), allowNull: false },
      line2: { type: Sequelize.STRING(200), allowNull: true },
      city: { type: Sequelize.STRING(100), allowNull: false },
      region: { type: Sequelize.STRING(100), allowNull: true },
      postal_code: { type: Sequelize.STRING(20), allowNull: false },
      country: { type: Sequelize.STRING(2), allowNull: false },
      phone: { type: Sequelize.STRING(32), allowNull: true },
      is_default: { type: Sequelize.BOOLEAN, allowNull: false },
      created_at: { type: Sequelize.DATE(3), allowNull: false },
      updated_at: { type: Sequelize.DATE(3), allowNull: false },
    });
    // A user's book in the order it is listed: the default first, then newest first.
    await queryInterface.addIndex('addresses', ['user_id', 'is_default', 'created_at', 'id'], {
      name: 'addresses_user_id_is_default_created_at_id',
    });
  },

  async down(queryInterface) {
    await queryInterface.dropTable('addresses');
  },
};
