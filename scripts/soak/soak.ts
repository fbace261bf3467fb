import { setTimeout as delay } from 'node:timers/promises';
import { seedCatalog } from './catalog';
import { shopper } from './customer';
import { migrate } from './database';
import { checkInvariants } from './invariants';
import type { SoakOptions } from './options';
import { report } from './report';
import { startServer } from './server-life';
import { Tally } from './tally';

/** Customers against a server restarted half-way, then the invariants and the report; true when it passed. */
export async function soak(settings: SoakOptions, databaseUrl: string): Promise<boolean> {
  await migrate(databaseUrl);
  const tally = new Tally();
  const lives = [await startServer(0, databaseUrl, tally)];
  try {
    const { port } = lives[0]!;
    const base = `http://127.0.0.1:${port}`;
    const initialStock = await seedCatalog(base);
    console.log(`${settings.customers} customers for ${settings.seconds} s against ${base}, restart half-way`);

    const started = performance.now();
    const restart = async () => {
      await delay(settings.seconds * 500);
      tally.restartFrom = performance.now();
      await lives.at(-1)!.stop();
      lives.push(await startServer(port, databaseUrl, tally));
      tally.restartTo = performance.now();
    };
    const deadline = started + settings.seconds * 1000;
    const shoppers = Array.from({ length: settings.customers }, (_, n) => shopper(tally, base, n, [...initialStock.keys()], deadline));
    const outcomes = await Promise.allSettled([restart(), ...shoppers]);
    const elapsedSeconds = (performance.now() - started) / 1000;
    for (const outcome of outcomes) if (outcome.status === 'rejected') tally.troubles.push(String(outcome.reason));
    await lives.at(-1)!.stop();
    return report(tally, lives, await checkInvariants(databaseUrl, initialStock, tally.orderIds), elapsedSeconds);
  } finally {
    await lives.at(-1)!.stop();
  }
}
