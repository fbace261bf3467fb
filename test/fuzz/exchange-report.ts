import type { WireResponse } from './send';
import type { WireRequest } from './wire';

const SHOWN = 400;

const clipped = (text: string) => (text.length <= SHOWN ? text : `${text.slice(0, SHOWN)}… (${text.length} chars)`);

// Escapes what a terminal would swallow, so that NUL bytes and lone surrogates stay visible.
const visible = (text: string) => JSON.stringify(clipped(text)).slice(1, -1);

/** The claims of a JWT, which its base64 hides from the reader; nothing for any other credential. */
function claimsOf(authorization: string): string {
  const payload = /^Bearer [\w-]+\.([\w-]+)\.[\w-]*$/.exec(authorization)?.[1];
  if (!payload) return '';
  try {
    return `  (claims ${visible(Buffer.from(payload, 'base64url').toString('utf8'))})`;
  } catch {
    return '';
  }
}

function headerLine(name: string, value: string, role: string): string {
  if (name !== 'Authorization') return `> ${name}: ${visible(value)}`;
  return role === 'anonymous' ? `> Authorization: ${visible(value)}${claimsOf(value)}` : `> Authorization: Bearer <${role} token>`;
}

/** A failed exchange as a reader can replay it: the request as sent, the answer as received. */
export function exchangeReport(title: string, request: WireRequest, response: WireResponse, violations: string[], role: string): string {
  const headers = Object.entries(request.headers).map(([name, value]) => headerLine(name, value, role));
  return [
    `${title} as ${role}: ${violations.join('; ')}`,
    `> ${request.method} ${visible(request.path)}`,
    ...headers,
    ...(request.bodyText === undefined ? [] : [`> ${visible(request.bodyText)}${request.compressed ? '  (sent gzipped)' : ''}`]),
    `< ${response.status} ${response.contentType ?? '(no Content-Type)'}`,
    `< ${visible(response.text)}`,
  ].join('\n');
}
