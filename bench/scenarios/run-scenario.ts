import { watchMachine } from '../load/machine-use';
import type { Round } from '../load/round';
import type { Comparison, Metric, Plan, Scenario } from './scenario';

export interface Row {
  label: string;
  server: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  statuses: Record<string, number>;
  rssMegabytes: number;
  /** Server CPU time per answered request, all threads: less swayed by a busy machine than req/s. */
  cpuMsPerRequest: number;
  /** The mean of the rounds' unused machine CPU, in percent. */
  machineIdlePercent: number;
  /** The load generator's CPU time per answered request. */
  loadGeneratorCpuMsPerRequest: number;
  /** CPU time of every process on the machine per answered request: what a request costs the machine. */
  machineCpuMsPerRequest: number;
  rounds: Round[];
}

export interface ComparisonResult extends Comparison {
  ratio: number;
  /** Undefined when the comparison has no bound, or when bounds are not judged (smoke runs). */
  met: boolean | undefined;
}

export interface ScenarioResult {
  name: string;
  title: string;
  rows: Row[];
  comparisons: ComparisonResult[];
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

/** Requests per second over all rounds together; latencies and memory as the mean and the peak of the rounds. */
function rowOf(label: string, server: string, rounds: Round[], cpuPerRequest = true): Row {
  const statuses: Record<string, number> = {};
  for (const round of rounds) for (const [status, count] of Object.entries(round.statuses)) statuses[status] = (statuses[status] ?? 0) + count;
  const sum = (value: (round: Round) => number) => rounds.reduce((total, round) => total + value(round), 0);
  const requests = sum((round) => round.requests);
  const seconds = sum((round) => round.seconds);
  const msPerRequest = (cpuSeconds: number) => Math.round((100_000 * cpuSeconds) / Math.max(requests, 1)) / 100;
  return {
    label,
    server,
    requestsPerSecond: Math.round(requests / Math.max(seconds, 1e-9)),
    p50Ms: Math.round(mean(rounds.map((round) => round.p50Ms)) * 10) / 10,
    p99Ms: Math.round(mean(rounds.map((round) => round.p99Ms)) * 10) / 10,
    errors: sum((round) => round.errors),
    statuses,
    rssMegabytes: Math.round(Math.max(...rounds.map((round) => round.rssMegabytes))),
    cpuMsPerRequest: cpuPerRequest ? msPerRequest(sum((round) => round.cpuSeconds)) : 0,
    machineIdlePercent: Math.round(mean(rounds.map((round) => round.machineIdlePercent))),
    loadGeneratorCpuMsPerRequest: cpuPerRequest ? msPerRequest(sum((round) => round.loadGeneratorCpuSeconds)) : 0,
    machineCpuMsPerRequest: cpuPerRequest ? msPerRequest(sum((round) => round.machineBusySeconds)) : 0,
    rounds,
  };
}

function judged(comparison: Comparison, rows: Row[], judge: boolean): ComparisonResult {
  const value = (label: string, metric: Metric) => rows.find((row) => row.label === label)![metric];
  const ratio = value(comparison.subject, comparison.metric) / Math.max(value(comparison.reference, comparison.metric), 1e-9);
  const bounded = comparison.atLeast !== undefined || comparison.atMost !== undefined;
  const met = !judge || !bounded ? undefined : ratio >= (comparison.atLeast ?? -Infinity) && ratio <= (comparison.atMost ?? Infinity);
  return { ...comparison, ratio: Math.round(ratio * 100) / 100, met };
}

/**
 * Warms every contender up, then runs A, B, A, B... rounds, so that whatever else the machine
 * does meanwhile falls on all contenders alike.
 */
export async function runScenario(scenario: Scenario, plan: Plan, judge: boolean): Promise<ScenarioResult> {
  for (const contender of scenario.contenders) await contender.measure(plan.warmupSeconds);
  for (const warmupRounds of scenario.companions?.().values() ?? []) warmupRounds.length = 0;
  const rounds = new Map(scenario.contenders.map((contender) => [contender.label, [] as Round[]]));
  for (let round = 0; round < plan.roundsPerContender; round++) {
    for (const contender of scenario.contenders) {
      const cpuBefore = await contender.server.cpuSeconds();
      const machine = await watchMachine();
      const measured = await contender.measure(plan.seconds);
      const machineUse = await machine();
      const cpuSeconds = (await contender.server.cpuSeconds()) - cpuBefore;
      rounds.get(contender.label)!.push({ ...measured, ...machineUse, cpuSeconds, rssMegabytes: await contender.server.rssMegabytes() });
    }
  }
  const rows = scenario.contenders.map((contender) =>
    rowOf(contender.label, contender.server.name, rounds.get(contender.label)!, contender.cpuPerRequest),
  );
  for (const [label, companionRounds] of scenario.companions?.() ?? []) rows.push(rowOf(label, 'service', companionRounds, false));
  return {
    name: scenario.name,
    title: scenario.title,
    rows,
    comparisons: scenario.comparisons.map((comparison) => judged(comparison, rows, judge)),
  };
}
