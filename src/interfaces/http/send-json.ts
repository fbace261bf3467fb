import type { Response } from 'express';

/**
 * Sends JSON already serialized. Express's `send` would look the type up again and judge
 * freshness again; the handlers have done both (entity-tag.ts).
 */
export function sendJson(res: Response, status: number, json: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(json));
  res.end(json);
}
