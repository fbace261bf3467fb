'use strict';

/**
 * MySQL and MariaDB compare text through the column's collation, which by default ignores case
 * and accents: "ABC" and "abc" would be one idempotency key, "josé" and "jose" one email. The
 * service stores these values in canonical form already, so they are compared byte for byte.
 * SQLite and PostgreSQL compare text exactly as it is.
 */
const EXACT_COLUMNS = [
  { table: 'users', column: 'email', type: 'VARCHAR(254)', nullable: false },
  { table: 'categories', column: 'name_key', type: 'VARCHAR(400)', nullable: false },
  { table: 'orders', column: 'idempotency_key', type: 'VARCHAR(255)', nullable: true },
  { table: 'products', column: 'search_text', type: 'TEXT', nullable: false },
];

function modify(queryInterface, { table, column, type, nullable }, collation) {
  return queryInterface.sequelize.query(
    `ALTER TABLE \`${table}\` MODIFY \`${column}\` ${type} ${collation} ${nullable ? 'NULL' : 'NOT NULL'}`,
  );
}

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface) {
    if (queryInterface.sequelize.getDialect() !== 'mysql') return;
    for (const column of EXACT_COLUMNS) await modify(queryInterface, column, 'CHARACTER SET utf8mb4 COLLATE utf8mb4_bin');
  },

  async down(queryInterface) {
    if (queryInterface.sequelize.getDialect() !== 'mysql') return;
    for (const column of EXACT_COLUMNS) await modify(queryInterface, column, 'CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
  },
};
