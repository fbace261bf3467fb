import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { GetProduct } from '../src/application/catalog/get-product';
import { ListProducts } from '../src/application/catalog/list-products';
import { listProductsInput } from '../src/application/catalog/schemas';
import { createApplication } from '../src/container';
import { loadConfig } from '../src/infrastructure/config';
import { Reader } from '../src/infrastructure/sequelize/reader';
import { growCatalog } from './setup/catalog-growth';
import { analyze, seededDatabase } from './setup/scratch-database';
import { type Dialect, type SqlClient, sqlClient } from './sql/sql-client';

/**
 * The query plans of the statements the service sends for the product listing and a product,
 * on a fresh catalog of N products: `node --import tsx bench/explain.ts [--db sqlite|mysql|postgres] [--products N]`.
 * The listing is of one category unless `allCategories`; a price filter makes its total counted.
 */
const QUESTIONS = [
  { sort: '-createdAt', page: 1 },
  { sort: 'price', page: 1 },
  { sort: '-name', page: 1 },
  { sort: 'price', page: 200 },
  { sort: 'name', page: 200 },
  { sort: 'price', page: 1, minPrice: 10 },
  { sort: 'name', page: 200, allCategories: true },
];
const TIMED_RUNS = 5;

interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * Records the SELECTs the service sends through its reader, with their parameters: the
 * catalog's reads are all there, whichever way each dialect's driver is reached.
 */
function recordStatements(): Statement[] {
  const statements: Statement[] = [];
  const select = Reader.prototype.select;
  Reader.prototype.select = function <Row extends object>(this: Reader, sql: string, params: unknown[]): Promise<Row[]> {
    statements.push({ sql, params });
    return select.call(this, sql, params) as Promise<Row[]>;
  };
  return statements;
}

async function plan(db: SqlClient, { sql, params }: Statement): Promise<string> {
  if (db.dialect === 'sqlite') {
    const steps = await db.rows<{ id: number; parent: number; detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, params);
    const depth = new Map<number, number>([[0, 0]]);
    return steps
      .map((step) => {
        depth.set(step.id, (depth.get(step.parent) ?? 0) + 1);
        return `${'  '.repeat(depth.get(step.id)!)}${step.detail}`;
      })
      .join('\n');
  }
  if (db.dialect === 'mysql') {
    const rows = await db.rows<Record<string, unknown>>(`EXPLAIN ${sql}`, params);
    return rows
      .map((row) => `  ${row.table}: type=${row.type} key=${row.key} rows=${row.rows} possible=${row.possible_keys} ${row.Extra ?? ''}`)
      .join('\n');
  }
  const rows = await db.rows<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params);
  return rows.map((row) => `  ${row['QUERY PLAN']}`).join('\n');
}

async function medianMs(db: SqlClient, { sql, params }: Statement): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < TIMED_RUNS; run++) {
    const started = performance.now();
    await db.rows(sql, params);
    times.push(performance.now() - started);
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(TIMED_RUNS / 2)]! * 100) / 100;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string', default: 'sqlite' }, products: { type: 'string', default: '10000' } } });
  const dialect = values.db as Dialect;
  const database = await seededDatabase(dialect, 0);
  const grown = await sqlClient(database.url);
  await growCatalog(grown, Number(values.products)).finally(() => grown.close());
  await analyze(database.url);
  const statements = recordStatements();
  const application = await createApplication(loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent' }));
  const db = await sqlClient(database.url);
  try {
    const [category] = await db.rows<{ id: number }>('SELECT category_id AS id FROM products GROUP BY category_id ORDER BY category_id LIMIT 1');
    const [product] = await db.rows<{ id: number }>('SELECT MAX(id) AS id FROM products');
    statements.length = 0;
    for (const { allCategories, ...question } of QUESTIONS) {
      const categoryId = allCategories ? undefined : category!.id;
      await application.resolve(ListProducts).execute(listProductsInput.parse({ ...question, categoryId, pageSize: 20 }));
    }
    await application.resolve(GetProduct).execute(product!.id);
    console.log(`${values.db}, ${values.products} products\n`);
    const distinct = new Map(statements.map((statement) => [JSON.stringify(statement), statement]));
    for (const statement of distinct.values()) {
      const params = statement.params.length ? `\n  -- parameters ${JSON.stringify(statement.params)}` : '';
      console.log(`${statement.sql}${params}\n  -- median of ${TIMED_RUNS}: ${await medianMs(db, statement)} ms\n${await plan(db, statement)}\n`);
    }
  } finally {
    await db.close();
    await application.close();
    await database.drop();
  }
}

void main();
