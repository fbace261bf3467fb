import type { Invariants } from './invariants';
import type { ServerLife } from './server-life';
import type { Tally } from './tally';

const listed = (counts: Map<string, number>) =>
  counts.size ? [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([key, n]) => `${key}: ${n}`).join(', ') : 'none';
const percentiles = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (share: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!);
  return `${at(0.5)}/${at(0.99)}`;
};
const megabytes = (value: number) => `${value.toFixed(1)} MB`;

/** Prints what the run did and saw; true when it passed. */
export function report(tally: Tally, lives: ServerLife[], invariants: Invariants, elapsedSeconds: number): boolean {
  const placed = tally.orderIds.size;
  const serverErrors = [...tally.statuses].filter(([status]) => status.startsWith('5'));
  console.log(`Requests answered: ${tally.answered} (${(tally.answered / elapsedSeconds).toFixed(1)}/s) in ${elapsedSeconds.toFixed(1)} s`);
  console.log(`Orders placed: ${placed} (${(placed / elapsedSeconds).toFixed(1)}/s), ${tally.cancelled} of them cancelled`);
  console.log(`Answers by status: ${listed(tally.statuses)}`);
  console.log(`Latency p50/p99 in ms: ${[...tally.latencies].map(([route, ms]) => `${route} ${percentiles(ms)}`).join(', ')}`);
  console.log(`Connection errors during the restart (allowed): ${listed(tally.duringRestart)}`);
  console.log(`Connection errors outside the restart: ${listed(tally.outsideRestart)}`);
  console.log(`Restart: from SIGTERM to the new server listening, ${((tally.restartTo - tally.restartFrom) / 1000).toFixed(1)} s`);
  for (const [n, life] of lives.entries()) {
    const growth = life.rssAtEnd - life.rssAtStart;
    console.log(
      `Server life ${n + 1} (pid ${life.pid}): RSS ${megabytes(life.rssAtStart)} at start, ${megabytes(life.rssAtEnd)} at end ` +
        `(${growth >= 0 ? '+' : ''}${megabytes(growth)}), stopped ${life.stopSeconds.toFixed(1)} s after SIGTERM, exit ${life.exit}`,
    );
  }
  console.log(
    `Stock: initial ${invariants.initial} = now ${invariants.stock} + in orders not cancelled ${invariants.ordered}: ` +
      (invariants.initial === invariants.stock + invariants.ordered ? 'holds' : 'BROKEN'),
  );
  const failures = [
    ...invariants.broken,
    ...serverErrors.map(([status, n]) => `${n} answers ${status}`),
    ...(tally.outsideRestart.size ? [`connection errors outside the restart: ${listed(tally.outsideRestart)}`] : []),
    ...tally.troubles,
  ];
  console.log(failures.length ? `FAILED:\n- ${failures.join('\n- ')}` : 'PASSED: invariants hold, no 5xx, no connection errors outside the restart.');
  return failures.length === 0;
}
