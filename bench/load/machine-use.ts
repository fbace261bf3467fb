import { readFile } from 'node:fs/promises';

// Linux counts CPU time in /proc/stat in ticks of 1/100 s on every platform Node supports.
const TICKS_PER_SECOND = 100;

/** The machine's idle and total CPU time so far, over all its cores, in the kernel's ticks. */
async function cpuTicks(): Promise<{ idle: number; total: number }> {
  const [summary = ''] = (await readFile('/proc/stat', 'utf8').catch(() => '')).split('\n');
  const fields = summary.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: idle and iowait are time no process could use.
  return { idle: (fields[3] ?? 0) + (fields[4] ?? 0), total: fields.slice(0, 8).reduce((sum, ticks) => sum + ticks, 0) };
}

/** Where the machine's CPU went during a round. */
export interface MachineUse {
  /** How much of the machine's CPU, all cores, went unused, in percent. */
  machineIdlePercent: number;
  /** CPU time all processes used, on all cores: the server, the database, the load generator and the rest. */
  machineBusySeconds: number;
  /** CPU time of this process, which generates the load. */
  loadGeneratorCpuSeconds: number;
}

/**
 * Starts watching the machine's CPU; the function it answers says where it went since. Near 0 %
 * idle, the server, the database and the load generator together already used every core, and
 * the busy time per request says what each request costs the whole machine.
 */
export async function watchMachine(): Promise<() => Promise<MachineUse>> {
  const before = await cpuTicks();
  const ownBefore = process.cpuUsage();
  return async () => {
    const own = process.cpuUsage(ownBefore);
    const after = await cpuTicks();
    const total = after.total - before.total;
    const idle = after.idle - before.idle;
    return {
      machineIdlePercent: total > 0 ? Math.round((1000 * idle) / total) / 10 : 0,
      machineBusySeconds: (total - idle) / TICKS_PER_SECOND,
      loadGeneratorCpuSeconds: (own.user + own.system) / 1e6,
    };
  };
}
