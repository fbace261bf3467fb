import { type IncomingHttpHeaders, request } from 'node:http';

export interface Call {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** The status of a normal answer. */
  success: number;
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: { code?: string } | undefined;
}

export interface Outcome {
  call: Call;
  /** performance.now() when the request was sent. */
  sentAt: number;
  ms: number;
  answer?: Answer;
  /** Why no complete answer came: a reset, a hang-up, or no answer within the limit. */
  error?: string;
}

/**
 * One request on a connection of its own, so that a reset or a hang-up is the server's doing and
 * not a reused keep-alive socket's; given up after `limitMs`.
 */
export function timedRequest(baseUrl: string, call: Call, limitMs: number): Promise<Outcome> {
  const sentAt = performance.now();
  const payload = call.body === undefined ? undefined : JSON.stringify(call.body);
  const headers: Record<string, string | number> = { ...call.headers };
  if (payload !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });

  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: Pick<Outcome, 'answer' | 'error'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ call, sentAt, ms: Math.round(performance.now() - sentAt), ...result });
    };
    const outgoing = request(new URL(call.path, baseUrl), { method: call.method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        settle({ answer: { status: response.statusCode ?? 0, headers: response.headers, body: parseJson(text) } });
      });
      response.on('close', () => {
        if (!response.complete) settle({ error: 'the connection closed in the middle of the answer' });
      });
    });
    const timer = setTimeout(() => {
      settle({ error: `no answer within ${limitMs} ms` });
      outgoing.destroy();
    }, limitMs);
    outgoing.on('error', (error: NodeJS.ErrnoException) => settle({ error: error.code ?? error.message }));
    outgoing.end(payload);
  });
}

function parseJson(text: string): Answer['body'] {
  try {
    return JSON.parse(text) as Answer['body'];
  } catch {
    return undefined;
  }
}
