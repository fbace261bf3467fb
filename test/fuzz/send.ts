import { Agent, request as httpRequest } from 'node:http';
import type { WireRequest } from './wire';

export interface WireResponse {
  status: number;
  contentType: string | undefined;
  text: string;
}

/** The body as JSON, or undefined when it is not JSON. */
export function jsonOf(response: WireResponse): unknown {
  try {
    return JSON.parse(response.text);
  } catch {
    return undefined;
  }
}

export interface Connection {
  send(wire: WireRequest): Promise<WireResponse>;
  close(): void;
}

/** Keeps connections to a local server open between requests. */
export function connectTo(port: number): Connection {
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  return { send: (wire) => send(agent, port, wire), close: () => agent.destroy() };
}

/**
 * Sends a request byte for byte, through Node's own client: fetch and supertest would normalise
 * the path (`%2e%2e`, `\`) and refuse some of the requests worth sending.
 */
function send(agent: Agent, port: number, wire: WireRequest): Promise<WireResponse> {
  return new Promise((resolve, reject) => {
    const headers = { ...wire.headers, ...(wire.body ? { 'Content-Length': String(wire.body.length) } : {}) };
    const outgoing = httpRequest({ host: '127.0.0.1', port, method: wire.method, path: wire.path, headers, agent }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('error', reject);
      incoming.on('end', () =>
        resolve({
          status: incoming.statusCode ?? 0,
          contentType: incoming.headers['content-type'],
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    // The server may answer (413, 415) and close before it has read the whole body.
    outgoing.on('error', reject);
    outgoing.end(wire.body);
  });
}

/** The bytes of the request line and headers, which Node refuses with 431 past its limit. */
export function headBytes(wire: WireRequest): number {
  return wire.method.length + wire.path.length + Object.entries(wire.headers).reduce((sum, [name, value]) => sum + name.length + value.length + 4, 0);
}
