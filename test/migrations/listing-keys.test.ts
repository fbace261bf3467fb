import { afterAll, beforeAll, expect, it } from 'vitest';
import { Database } from '../../src/infrastructure/sequelize/database';
import { createMigrator } from '../../src/infrastructure/sequelize/migrator';
import { type ScratchDatabase, createScratchDatabase } from '../support/databases';
import { describeEachDatabase } from '../support/test-app';
import { describeSchema } from './schema';

const NAME_KEYS = '20261201000100-product-name-key.js';
// More products than the name keys' backfill writes in one statement.
const PRODUCTS = 1_100;
const NAMES = ['Dune', 'ÉCLAIR', 'emma', 'İstanbul Guide'];

describeEachDatabase('name keys and live counts on an existing catalog', (kind) => {
  let scratch: ScratchDatabase;
  let db: Database;

  beforeAll(async () => {
    scratch = await createScratchDatabase(kind);
    db = new Database({ url: scratch.url });
  });
  afterAll(async () => {
    await db?.close();
    await scratch?.drop();
  });

  it('are written for the products already there, and undone back to the schema before them', async () => {
    const migrator = createMigrator(db.sequelize);
    const names = (await migrator.pending()).map((migration) => migration.name);
    await migrator.up({ to: names[names.indexOf(NAME_KEYS) - 1]! });
    const before = await describeSchema(db.sequelize);

    const queryInterface = db.sequelize.getQueryInterface();
    const now = new Date();
    await queryInterface.bulkInsert(
      'categories',
      ['Books', 'Toys', 'Empty'].map((name) => ({ name, name_key: name.toLowerCase(), description: null, created_at: now, updated_at: now })),
    );
    const [books, toys] = (await db.sequelize.query('SELECT id FROM categories ORDER BY id', { plain: false, raw: true }))[0] as { id: number }[];
    // Every fifth product is deleted, and every tenth of those has lost its category.
    const products = Array.from({ length: PRODUCTS }, (_, n) => ({
      name: NAMES[n % NAMES.length]!,
      description: null,
      search_text: '',
      price_cents: 100,
      quantity: 1,
      category_id: n % 50 === 0 ? null : n % 3 === 0 ? toys!.id : books!.id,
      image_url: null,
      deleted_at: n % 5 === 0 ? now : null,
      created_at: now,
      updated_at: now,
    }));
    await queryInterface.bulkInsert('products', products);

    await migrator.up();

    const [keys] = await db.sequelize.query('SELECT name, name_key FROM products ORDER BY id');
    expect(keys).toEqual(products.map(({ name }) => ({ name, name_key: name.toLowerCase() })));
    const live = (categoryId: number) => products.filter((product) => product.category_id === categoryId && !product.deleted_at).length;
    const [counts] = await db.sequelize.query('SELECT live_product_count FROM categories ORDER BY id');
    expect(counts).toEqual([live(books!.id), live(toys!.id), 0].map((count) => ({ live_product_count: count })));

    await migrator.down({ to: NAME_KEYS });
    expect(await describeSchema(db.sequelize)).toEqual(before);
    const [[left]] = (await db.sequelize.query('SELECT COUNT(*) AS n FROM products')) as [{ n: number | string }[], unknown];
    expect(Number(left!.n)).toBe(PRODUCTS);
  });
});
