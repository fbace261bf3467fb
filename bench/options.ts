import { parseArgs } from 'node:util';
import type { Dialect } from './sql/sql-client';

const USAGE =
  'Usage: npm run bench [-- --db sqlite|mysql|postgres] [--seconds N] [--products N] [--smoke] [--only list,byId,...] [--cpu-prof] [--from-source]';

export interface Options {
  db: Dialect;
  smoke: boolean;
  products: number;
  /** Length of one measured round. */
  seconds: number;
  warmupSeconds: number;
  roundsPerContender: number;
  connections: number;
  buyers: number;
  loginClients: number;
  productPaths: number;
  maxBurstsPerRound: number;
  /** Names of the scenarios to run; all when empty. */
  only: string[];
  /** Starts the service and the ceilings under `node --cpu-prof`. */
  cpuProfile: boolean;
  /** Runs the service's TypeScript through tsx, as in development, instead of compiling it as `npm start` does. */
  fromSource: boolean;
}

function count(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!(parsed >= min && parsed <= max)) throw new Error(`${USAGE}\n--${name} must be a number from ${min} to ${max}`);
  return parsed;
}

export function parseOptions(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string', default: 'sqlite' },
      seconds: { type: 'string' },
      products: { type: 'string' },
      smoke: { type: 'boolean', default: false },
      only: { type: 'string' },
      'cpu-prof': { type: 'boolean', default: false },
      'from-source': { type: 'boolean', default: false },
    },
  });
  if (!['sqlite', 'mysql', 'postgres'].includes(values.db)) throw new Error(`${USAGE}\nunknown --db ${values.db}`);
  const smoke = values.smoke;
  return {
    db: values.db as Dialect,
    smoke,
    products: count('products', values.products, smoke ? 200 : 10_000, 0, 1_000_000),
    seconds: count('seconds', values.seconds, smoke ? 0.5 : 4, 0.1, 600),
    warmupSeconds: smoke ? 0.25 : 1.5,
    roundsPerContender: smoke ? 1 : 2,
    connections: 50,
    buyers: smoke ? 10 : 50,
    loginClients: smoke ? 4 : 20,
    productPaths: smoke ? 50 : 500,
    maxBurstsPerRound: smoke ? 3 : 400,
    only: values.only ? values.only.split(',').map((name) => name.trim()) : [],
    cpuProfile: values['cpu-prof'],
    fromSource: values['from-source'],
  };
}
