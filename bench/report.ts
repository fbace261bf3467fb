import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ComparisonResult, Row, ScenarioResult } from './scenarios/run-scenario';

export interface RunInfo {
  db: string;
  products: number;
  smoke: boolean;
  /** `compiled` as `npm start` runs it, or `tsx` from the sources. */
  service: string;
  secondsPerRound: number;
  roundsPerContender: number;
  connections: number;
  startedAt: string;
  elapsedSeconds: number;
  commit: string;
  node: string;
  loadAverage: number[];
}

/** A bound on the service process itself, read once the scenarios are done. */
export interface ProcessCheck {
  label: string;
  value: number;
  unit: string;
  atMost: number;
  /** Undefined in a smoke run, which judges nothing. */
  met: boolean | undefined;
}

export const RESULTS_DIR = path.join(__dirname, 'results');

const statuses = (row: Row) =>
  Object.entries(row.statuses)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');

const metricName = { requestsPerSecond: 'req/s', p99Ms: 'p99', cpuMsPerRequest: 'CPU ms/req', machineCpuMsPerRequest: 'machine CPU ms/req' };

function bound(comparison: ComparisonResult): string {
  if (comparison.atLeast !== undefined) return `≥ ${comparison.atLeast}×`;
  if (comparison.atMost !== undefined) return `≤ ${comparison.atMost}×`;
  return '';
}

const verdict = (judged: { met: boolean | undefined }) => (judged.met === undefined ? '' : judged.met ? 'met' : '**MISSED**');

export function markdown(info: RunInfo, results: ScenarioResult[], checks: ProcessCheck[]): string {
  const lines = [
    `## npm run bench: ${info.db}, ${info.products.toLocaleString('en')} products${info.smoke ? ' (smoke)' : ''}`,
    '',
    `${info.startedAt}, commit ${info.commit}, service ${info.service}, Node ${info.node}; ${info.roundsPerContender} round(s) of ` +
      `${info.secondsPerRound} s per server, alternated; ${info.connections} connections for reads; ` +
      `load average at start ${info.loadAverage.map((load) => load.toFixed(2)).join(' ')}; ${info.elapsedSeconds} s in all.`,
    '',
    '| scenario | server | req/s | p50 ms | p99 ms | errors | statuses | RSS MB | CPU ms/req | load generator CPU ms/req | machine CPU ms/req | machine idle % |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.flatMap((result) =>
      result.rows.map(
        (row) =>
          `| ${result.title} | ${row.label} | ${row.requestsPerSecond} | ${row.p50Ms} | ${row.p99Ms} | ${row.errors} | ${statuses(row)} | ${row.rssMegabytes} | ${row.cpuMsPerRequest || ''} | ` +
          `${row.loadGeneratorCpuMsPerRequest || ''} | ${row.machineCpuMsPerRequest || ''} | ${row.machineIdlePercent} |`,
      ),
    ),
    '',
    '| scenario | ratio | value | target | |',
    '| --- | --- | ---: | --- | --- |',
    ...results.flatMap((result) =>
      result.comparisons.map(
        (comparison) =>
          `| ${result.name} | ${comparison.subject} ÷ ${comparison.reference}, ${metricName[comparison.metric]} | ` +
          `${comparison.ratio}× | ${bound(comparison)} | ${verdict(comparison)} |`,
      ),
    ),
    '',
    '| service process | value | target | |',
    '| --- | ---: | --- | --- |',
    ...checks.map((check) => `| ${check.label} | ${check.value} ${check.unit} | ≤ ${check.atMost} ${check.unit} | ${verdict(check)} |`),
    '',
  ];
  return lines.join('\n');
}

/** Writes `<db>-<timestamp>.json` and `.md` under bench/results; answers the path without extension. */
export async function writeResults(info: RunInfo, results: ScenarioResult[], checks: ProcessCheck[], table: string): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const stamp = info.startedAt.replace(/[:.]/g, '-');
  const base = path.join(RESULTS_DIR, `${info.db}${info.smoke ? '-smoke' : ''}-${stamp}`);
  await writeFile(`${base}.json`, `${JSON.stringify({ ...info, results, checks }, null, 2)}\n`);
  await writeFile(`${base}.md`, table);
  return base;
}
