'use strict';

/**
 * Renames made before the search text was written with the rest of a product's fields could leave
 * it stale. It is made anew here exactly as the service makes it: name and description,
 * lower-cased, one per line.
 */
const BATCH = 500;

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface) {
    const { sequelize } = queryInterface;
    for (let lastId = 0; ; ) {
      const [rows] = await sequelize.query(
        'SELECT id, name, description FROM products WHERE id > :lastId ORDER BY id LIMIT :batch',
        { replacements: { lastId, batch: BATCH } },
      );
      if (rows.length === 0) return;
      for (const { id, name, description } of rows) {
        const searchText = [name, description ?? ''].join('\n').toLowerCase();
        await sequelize.query('UPDATE products SET search_text = :searchText WHERE id = :id', { replacements: { searchText, id } });
      }
      lastId = rows[rows.length - 1].id;
    }
  },

  async down() {
    // The refreshed text is what the service writes anyway: there is nothing to undo.
  },
};
