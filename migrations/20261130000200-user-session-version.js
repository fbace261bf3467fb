'use strict';

/**
 * Each user's session version: access tokens carry the version they were issued under, and a
 * change of credentials (a new password, a promotion) moves it on, ending every earlier session.
 */
/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.addColumn('users', 'session_version', {
      type: Sequelize.INTEGER,
      allowNull: false,
      defaultValue: 0,
    });
  },

  async down(queryInterface) {
    await queryInterface.removeColumn('users', 'session_version');
  },
};
