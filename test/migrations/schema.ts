import type { Sequelize } from 'sequelize';

interface IndexInfo {
  name: string;
  unique: boolean;
  fields: { attribute: string }[];
}

/** Tables, columns and indexes of a database, in a form two databases can be compared by. */
export async function describeSchema(sequelize: Sequelize) {
  const queryInterface = sequelize.getQueryInterface();
  const tables = ((await queryInterface.showAllTables()) as (string | { tableName: string })[])
    .map((table) => (typeof table === 'string' ? table : table.tableName))
    .sort();
  const schema: Record<string, unknown> = {};
  for (const table of tables) {
    const indexes = (await queryInterface.showIndex(table)) as IndexInfo[];
    schema[table] = {
      columns: await queryInterface.describeTable(table),
      indexes: indexes
        .map((index) => ({ name: index.name, unique: index.unique, fields: index.fields.map((field) => field.attribute) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  }
  return schema;
}
