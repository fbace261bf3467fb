import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Database } from '../../src/infrastructure/sequelize/database';
import { scratchSqliteUrl } from '../support/scratch-sqlite';
import { finished, runScript } from '../support/processes';

async function countsIn(url: string) {
  const database = new Database({ url });
  try {
    const { Category, Product } = database.models;
    return {
      categories: await Category.count(),
      products: await Product.count({ where: { deletedAt: null } }),
      productsWithoutCategory: await Product.count({ where: { categoryId: null } }),
    };
  } finally {
    await database.close();
  }
}

const seed = (url: string, args: string[] = []) => finished(runScript('src/cli/seed.ts', args, { DATABASE_URL: url }));

describe('npm run seed', () => {
  it('loads the demo catalog, and running it again adds nothing', async () => {
    const url = await scratchSqliteUrl();
    const first = await seed(url);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(
      /^Demo catalog: added 5 categories and 50 products \(0 and 0 were already there\)\.\n$/,
    );
    expect(await countsIn(url)).toEqual({ categories: 5, products: 50, productsWithoutCategory: 0 });

    const again = await seed(url);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('Demo catalog: added 0 categories and 0 products (5 and 50 were already there).\n');
    expect(await countsIn(url)).toEqual({ categories: 5, products: 50, productsWithoutCategory: 0 });
  }, 60_000);

  it('adds exactly N generated products with --products N, on top of the demo catalog', async () => {
    const url = await scratchSqliteUrl();
    const first = await seed(url, ['--products', '500']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Demo catalog: added 5 categories and 50 products .*; generated 500 more products in [\d.]+ s\.\n$/);
    expect(await countsIn(url)).toEqual({ categories: 5, products: 550, productsWithoutCategory: 0 });

    expect((await seed(url, ['--products', '500'])).code).toBe(0);
    expect(await countsIn(url)).toEqual({ categories: 5, products: 1050, productsWithoutCategory: 0 });
  }, 60_000);

  it.each([['--products', 'many'], ['--products', '-5'], ['--products', '1000001'], ['--product', '5']])(
    'refuses %s %s with its usage, before touching the database',
    async (...args) => {
      const url = await scratchSqliteUrl();
      const refused = await seed(url, args);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/^Usage: npm run seed \[-- --products N\]/);
      expect(refused.stdout).toBe('');
      expect(existsSync(url.slice('sqlite:'.length))).toBe(false);
    },
    60_000,
  );
});
