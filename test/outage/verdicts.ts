import type { Answer, Outcome } from './timed-request';

/** What is wrong with a 503, measured against the contract; empty when nothing is. */
function unavailableProblems(answer: Answer): string[] {
  const problems: string[] = [];
  if (!String(answer.headers['content-type']).startsWith('application/problem+json')) problems.push('not problem+json');
  if (answer.body?.code !== 'SERVICE_UNAVAILABLE') problems.push(`code ${answer.body?.code} instead of SERVICE_UNAVAILABLE`);
  const retryAfter = answer.headers['retry-after'];
  if (!retryAfter || !(/^\d+$/.test(retryAfter) || !Number.isNaN(Date.parse(retryAfter)))) problems.push('no valid Retry-After');
  return problems;
}

/** A normal answer, or a proper 503, is fine; anything else, or no answer at all, is not. */
export function problemsOf(outcome: Outcome): string[] {
  if (outcome.error) return [outcome.error];
  const answer = outcome.answer!;
  if (answer.status === outcome.call.success) return [];
  if (answer.status === 503) return unavailableProblems(answer);
  return [`${answer.status} ${answer.body?.code ?? ''}`.trim()];
}

/** Every unacceptable outcome, counted by request and problem, so a failure reads in a few lines. */
export function unacceptableOutcomes(outcomes: Outcome[]): string[] {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) {
    const problems = problemsOf(outcome);
    if (!problems.length) continue;
    const key = `${outcome.call.name}: ${problems.join(', ')}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${key} (x${count})`);
}

export function describeOutcome(outcome: Outcome): string {
  if (outcome.error) return `${outcome.call.name}: ${outcome.error}`;
  const { status, body } = outcome.answer!;
  return `${outcome.call.name}: ${status} ${body?.code ?? ''} after ${outcome.ms} ms`;
}

export const succeeded = (outcome: Outcome | undefined): boolean =>
  outcome?.answer !== undefined && outcome.answer.status >= 200 && outcome.answer.status < 300;
