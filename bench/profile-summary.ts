import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

/**
 * Self time of a V8 CPU profile (`node --cpu-prof`) by package, file group and function:
 * `node --import tsx bench/profile-summary.ts <file.cpuprofile> [--from S]`, counting only
 * samples from S seconds into the profile (to leave out start-up and set-up).
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ROOT = path.resolve(__dirname, '..');

/**
 * Where a function lives: a package, a part of the service, Node's core, or V8's own
 * bookkeeping. `(program)` is the main thread in native code outside any JavaScript function:
 * drivers' callbacks, socket writes, and waits on locks inside native calls.
 */
function groupOf({ functionName, url }: ProfileNode['callFrame']): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(V8 builtins and natives)';
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packageMatch) return packageMatch[1]!;
  if (url.startsWith('node:internal/source_map')) return 'node: source maps';
  if (url.startsWith('node:')) return `node: ${url.replace(/^node:(internal\/)?/, '').split('/')[0]}`;
  // The service's own code, from its sources or compiled wherever the bench built it.
  const local = /\/((?:src|dist|bench)\/.*)$/.exec(url)?.[1] ?? url.replace(/^file:\/\//, '').replace(`${ROOT}/`, '');
  return local.split('/').slice(0, 3).join('/');
}

/** The heaviest entries, as shares of the time the thread was busy. */
function table(title: string, totals: Map<string, number>, busy: number, limit: number): string {
  const rows = [...totals].filter(([name]) => name !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, limit);
  return [
    `| ${title} | self ms | % of busy |`,
    '| --- | ---: | ---: |',
    ...rows.map(([name, micros]) => `| ${name} | ${(micros / 1000).toFixed(0)} | ${((100 * micros) / busy).toFixed(1)} |`),
  ].join('\n');
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { from: { type: 'string', default: '0' } } });
const file = positionals[0];
if (!file) throw new Error('Usage: node --import tsx bench/profile-summary.ts <file.cpuprofile> [--from S]');
const fromMicros = Number(values.from) * 1e6;
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const groups = new Map<string, number>();
const functions = new Map<string, number>();
let all = 0;
let elapsed = 0;
profile.samples.forEach((nodeId, n) => {
  const micros = profile.timeDeltas[n] ?? 0;
  elapsed += micros;
  if (elapsed < fromMicros) return;
  const frame = byId.get(nodeId)!.callFrame;
  const group = groupOf(frame);
  const where = frame.url ? `${group}: ${frame.functionName || '(anonymous)'}:${frame.lineNumber + 1}` : group;
  groups.set(group, (groups.get(group) ?? 0) + micros);
  functions.set(where, (functions.get(where) ?? 0) + micros);
  all += micros;
});
const busy = all - (groups.get('(idle)') ?? 0);
console.log(`${(all / 1e6).toFixed(1)} s profiled, ${(busy / 1e6).toFixed(1)} s busy (${((100 * busy) / all).toFixed(0)}%)\n`);
console.log(`${table('group', groups, busy, 40)}\n`);
console.log(table('function', functions, busy, 25));
