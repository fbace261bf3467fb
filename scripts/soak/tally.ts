// A keep-alive socket of the old server may fail just after the new one listens.
const RESTART_GRACE_MS = 1_000;

/** Counts of what came back, and when the restart left clients without a server. */
export class Tally {
  readonly statuses = new Map<string, number>();
  readonly duringRestart = new Map<string, number>();
  readonly outsideRestart = new Map<string, number>();
  readonly latencies = new Map<string, number[]>();
  readonly orderIds = new Set<number>();
  readonly troubles: string[] = [];
  answered = 0;
  cancelled = 0;
  restartFrom = Number.POSITIVE_INFINITY;
  restartTo = Number.POSITIVE_INFINITY;

  answer(route: string, ms: number, status: number, code: string | undefined) {
    this.answered++;
    bump(this.statuses, status < 400 ? String(status) : `${status} ${code ?? ''}`.trim());
    const latencies = this.latencies.get(route) ?? [];
    this.latencies.set(route, latencies);
    latencies.push(ms);
  }

  failure(kind: string) {
    const now = performance.now();
    bump(now >= this.restartFrom && now <= this.restartTo + RESTART_GRACE_MS ? this.duringRestart : this.outsideRestart, kind);
  }
}

function bump(counts: Map<string, number>, key: string) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
