'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable('refresh_tokens', {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true, allowNull: false },
      user_id: {
        type: Sequelize.INTEGER,
        allowNull: false,
        references: { model: 'users', key: 'id' },
        onDelete: 'CASCADE',
      },
      family_id: { type: Sequelize.STRING(36), allowNull: false },
      token_digest: { type: Sequelize.STRING(64), allowNull: false, unique: true },
      expires_at: { type: Sequelize.DATE(3), allowNull: false },
      used_at: { type: Sequelize.DATE(3), allowNull: true },
      revoked_at: { type: Sequelize.DATE(3), allowNull: true },
      created_at: { type: Sequelize.DATE(3), allowNull: false },
    });
    await queryInterface.addIndex('refresh_tokens', ['family_id'], { name: 'refresh_tokens_family_id' });
    await queryInterface.addIndex('refresh_tokens', ['user_id'], { name: 'refresh_tokens_user_id' });

    await queryInterface.createTable('revoked_access_tokens', {
      jti: { type: Sequelize.STRING(64), primaryKey: true, allowNull: false },
      expires_at: { type: Sequelize.DATE(3), allowNull: false },
    });
    await queryInterface.addIndex('revoked_access_tokens', ['expires_at'], {
      name: 'revoked_access_tokens_expires_at',
    });
  },

  async down(queryInterface) {
    await queryInterface.dropTable('revoked_access_tokens');
    await queryInterface.dropTable('refresh_tokens');
  },
};
