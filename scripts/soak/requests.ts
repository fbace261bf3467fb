import { setTimeout as delay } from 'node:timers/promises';
import type { Tally } from './tally';

const REQUEST_LIMIT_MS = 15_000;
const RETRY_PAUSE_MS = 200;
const MAX_ATTEMPTS = 100;

export interface Answer {
  status: number;
  body: { code?: string; id?: number; accessToken?: string; orderId?: number; items?: { productId: number }[] } | undefined;
}

export interface Extra {
  token?: string;
  body?: unknown;
  key?: string;
}

/** One request; a failed connection or a timeout is retried, with the same Idempotency-Key. */
export async function send(tally: Tally, base: string, method: string, path: string, extra: Extra = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (extra.token) headers.Authorization = `Bearer ${extra.token}`;
  if (extra.key) headers['Idempotency-Key'] = extra.key;
  const body = extra.body === undefined ? undefined : JSON.stringify(extra.body);
  for (let attempt = 1; ; attempt++) {
    const sentAt = performance.now();
    try {
      const response = await fetch(base + path, { method, headers, body, signal: AbortSignal.timeout(REQUEST_LIMIT_MS) });
      const text = await response.text();
      const json = text && response.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as Answer['body']) : undefined;
      tally.answer(`${method} ${path.replace(/\?.*/, '').replace(/\d+/g, ':id')}`, performance.now() - sentAt, response.status, json?.code);
      return { status: response.status, body: json };
    } catch (error) {
      const { name, cause } = error as { name?: string; cause?: { code?: string } };
      tally.failure(name === 'TimeoutError' ? 'timeout' : (cause?.code ?? String(error)));
      if (attempt >= MAX_ATTEMPTS) throw new Error(`${method} ${path}: no answer after ${attempt} attempts`);
      await delay(RETRY_PAUSE_MS);
    }
  }
}

export async function logIn(tally: Tally, base: string, credentials: { email: string; password: string }): Promise<string> {
  const answer = await send(tally, base, 'POST', '/auth/login', { body: credentials });
  if (!answer.body?.accessToken) throw new Error(`login of ${credentials.email} answered ${answer.status}`);
  return answer.body.accessToken;
}
