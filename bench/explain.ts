import 'reflect-metadata';
import { parseArgs } from 'node:util';
import sqlite3 from 'sqlite3';
import { GetProduct } from '../src/application/catalog/get-product';
import { ListProducts } from '../src/application/catalog/list-products';
import { listProductsInput } from '../src/application/catalog/schemas';
import { createApplication } from '../src/container';
import { loadConfig } from '../src/infrastructure/config';
import { seededDatabase } from './setup/scratch-database';
import { type Dialect, type SqlClient, sqlClient } from './sql/sql-client';

/**
 * The query plans of the statements the service sends for the product listing and a product,
 * on a fresh catalog: `node --import tsx bench/explain.ts [--db sqlite|mysql|postgres] [--products N]`.
 */
const QUESTIONS = [
  { sort: '-createdAt', page: 1 },
  { sort: 'price', page: 1 },
  { sort: '-name', page: 1 },
  { sort: 'price', page: 50 },
] as const;
const TIMED_RUNS = 5;

interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * Records the SELECTs the service sends. Reads on SQLite may bypass Sequelize for connections
 * of their own, so there they are caught at the driver, with their parameters; elsewhere
 * Sequelize's query log has them, values written in.
 */
function recordStatements(dialect: Dialect): { statements: Statement[]; onQuery: (sql: string) => void } {
  const statements: Statement[] = [];
  const record = (sql: string, params: unknown[]) => {
    if (/^\s*SELECT/i.test(sql)) statements.push({ sql: sql.replace(/;\s*$/, ''), params });
  };
  if (dialect === 'sqlite') {
    const all = sqlite3.Database.prototype.all;
    sqlite3.Database.prototype.all = function (this: sqlite3.Database, sql: string, ...rest: unknown[]) {
      record(sql, rest.filter((arg) => typeof arg !== 'function').flat());
      return (all as (...args: unknown[]) => sqlite3.Database).call(this, sql, ...rest);
    } as typeof all;
  }
  const onQuery = (logged: string) => {
    if (dialect !== 'sqlite') record(logged.replace(/^Executing \([^)]*\): /, ''), []);
  };
  return { statements, onQuery };
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
    const rows = await db.rows<Record<string, unknown>>(`EXPLAIN ${sql}`);
    return rows
      .map((row) => `  ${row.table}: type=${row.type} key=${row.key} rows=${row.rows} possible=${row.possible_keys} ${row.Extra ?? ''}`)
      .join('\n');
  }
  const rows = await db.rows<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`);
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
  const database = await seededDatabase(dialect, Number(values.products));
  const { statements, onQuery } = recordStatements(dialect);
  const application = await createApplication(loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent' }), { onQuery });
  const db = await sqlClient(database.url);
  try {
    const [category] = await db.rows<{ id: number }>('SELECT category_id AS id FROM products GROUP BY category_id ORDER BY category_id LIMIT 1');
    const [product] = await db.rows<{ id: number }>('SELECT MAX(id) AS id FROM products');
    statements.length = 0;
    for (const question of QUESTIONS) {
      await application.resolve(ListProducts).execute(listProductsInput.parse({ ...question, categoryId: category!.id, pageSize: 20 }));
    }
    await application.resolve(GetProduct).execute(product!.id);
    console.log(`${values.db}, ${values.products} generated products\n`);
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
