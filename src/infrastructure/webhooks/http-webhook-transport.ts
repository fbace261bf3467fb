import { randomBytes } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { WebhookTransport } from '../../application/ports/webhook-transport';
import { type AttemptOutcome, isSuccess } from '../../domain/webhooks/delivery';
import { ValidationError } from '../../domain/shared/errors';
import type { TargetGuard } from './target-guard';

const ANSWER_DEADLINE_MS = 10_000;
const SECRET_BYTES = 32;

/**
 * Delivers events as Standard Webhooks: `webhook-id`, `webhook-timestamp` and `webhook-signature`
 * headers over a JSON POST. The target is judged when it is set and again on the very address a
 * delivery connects to, so a host name that later resolves to a private address is refused.
 */
export class HttpWebhookTransport implements WebhookTransport {
  constructor(private readonly guard: TargetGuard) {}

  newSecret(): string {
    return `whsec_${randomBytes(SECRET_BYTES).toString('base64')}`;
  }

  async assertAllowedTarget(url: string): Promise<void> {
    if (!(await this.guard.allowsHost(new URL(url).hostname))) {
      throw ValidationError.field('url', 'Must reach a public address (private, loopback and link-local ones are refused).');
    }
  }

  async send(target: { url: string; secret: string }, eventId: string, body: string): Promise<AttemptOutcome> {
    const url = new URL(target.url);
    // Node connects to an IP literal without a lookup, so the host is judged here as well.
    if (!(await this.guard.allowsHost(url.hostname))) return { statusCode: null, error: 'The target address is refused.' };
    const timestamp = new Date();
    const headers = {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      'webhook-id': eventId,
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': new Webhook(target.secret).sign(eventId, timestamp, body),
    };
    return new Promise((resolve) => {
      const client = url.protocol === 'https:' ? https : http;
      const request = client.request(
        url,
        { method: 'POST', headers, lookup: this.guardedLookup(), signal: AbortSignal.timeout(ANSWER_DEADLINE_MS) },
        (response) => {
          response.resume();
          const statusCode = response.statusCode ?? null;
          const answered = { statusCode, error: null };
          response.on('end', () => resolve(isSuccess(answered) ? answered : { statusCode, error: `The receiver answered ${statusCode}.` }));
          response.on('error', () => resolve({ statusCode, error: 'The answer broke off.' }));
        },
      );
      request.on('error', (error) =>
        resolve({ statusCode: null, error: error.name === 'AbortError' ? 'No answer within 10 s.' : error.message }),
      );
      request.end(body);
    });
  }

  /** A DNS lookup that refuses an address the guard does not allow, at the moment of connecting. */
  private guardedLookup(): LookupFunction {
    return (hostname, options, callback) => {
      dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
        if (error) return callback(error, '', 4);
        const allowed = addresses.filter(({ address }) => this.guard.allows(address));
        if (allowed.length === 0 || allowed.length !== addresses.length) {
          return callback(Object.assign(new Error(`The target address of ${hostname} is refused.`), { code: 'EREFUSED' }), '', 4);
        }
        if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
        return callback(null, allowed[0]!.address, allowed[0]!.family);
      });
    };
  }
}
