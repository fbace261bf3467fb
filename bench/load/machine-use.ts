import { readFile } from 'node:fs/promises';

/** The machine's idle and total CPU time so far, over all its cores, in the kernel's ticks. */
async function cpuTicks(): Promise<{ idle: number; total: number }> {
  const [summary = ''] = (await readFile('/proc/stat', 'utf8').catch(() => '')).split('\n');
  const fields = summary.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: idle and iowait are time no process could use.
  return { idle: (fields[3] ?? 0) + (fields[4] ?? 0), total: fields.slice(0, 8).reduce((sum, ticks) => sum + ticks, 0) };
}

/**
 * Starts watching how much of the machine's CPU goes unused; the function it answers says, in
 * percent, how much did since. It tells whether a round was bound by the processor: near 0, the
 * server, the database and the load generator together already used every core.
 */
export async function watchMachineIdle(): Promise<() => Promise<number>> {
  const before = await cpuTicks();
  return async () => {
    const after = await cpuTicks();
    const total = after.total - before.total;
    return total > 0 ? Math.round((1000 * (after.idle - before.idle)) / total) / 10 : 0;
  };
}
