'use strict';

/**
 * The listing sorts by lower-cased name, and an index cannot serve ORDER BY LOWER(name): every
 * page sorted by name sorted the whole category. `name_key` is that lower-cased name, stored,
 * written by the service with every name (it folds all of Unicode, as for `search_text`), and
 * indexed in the listing's order like the other sort keys. Twice the name's length, since
 * lower-casing can lengthen a character ("İ" becomes "i̇").
 */
const INDEXES = [
  { name: 'products_listing_by_name', fields: ['category_id', 'deleted_at', 'name_key', 'id'] },
  { name: 'products_live_by_name', fields: ['deleted_at', 'name_key', 'id'] },
  // The one order of the whole catalog's listing that had no index of its own.
  { name: 'products_live_by_price', fields: ['deleted_at', 'price_cents', 'id'] },
];
const BATCH = 500;

/** Writes the key of every existing product, a batch of rows per statement. */
async function backfill(sequelize) {
  for (let lastId = 0; ; ) {
    const [rows] = await sequelize.query('SELECT id, name FROM products WHERE id > :lastId ORDER BY id LIMIT :batch', {
      replacements: { lastId, batch: BATCH },
    });
    if (rows.length === 0) return;
    const keys = rows.flatMap(({ id, name }) => [id, name.toLowerCase()]);
    await sequelize.query(
      `UPDATE products SET name_key = CASE id ${rows.map(() => 'WHEN ? THEN ?').join(' ')} END WHERE id IN (${rows.map(() => '?').join(', ')})`,
      { replacements: [...keys, ...rows.map(({ id }) => id)] },
    );
    lastId = rows[rows.length - 1].id;
  }
}

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface, Sequelize) {
    const { sequelize } = queryInterface;
    // SQLite adds a NOT NULL column only with a default; the servers lose it once the keys are written.
    await queryInterface.addColumn('products', 'name_key', { type: Sequelize.STRING(400), allowNull: false, defaultValue: '' });
    await backfill(sequelize);
    if (sequelize.getDialect() !== 'sqlite') await sequelize.query('ALTER TABLE products ALTER COLUMN name_key DROP DEFAULT');
    for (const { name, fields } of INDEXES) await queryInterface.addIndex('products', fields, { name });
  },

  async down(queryInterface) {
    for (const { name } of INDEXES) await queryInterface.removeIndex('products', name);
    // Not queryInterface.removeColumn: on SQLite it copies the table, losing its indexes, and
    // dropping the original would cascade to the rows that refer to it. SQLite 3.35 and later
    // drop a column in place, as the servers do.
    await queryInterface.sequelize.query('ALTER TABLE products DROP COLUMN name_key');
  },
};
