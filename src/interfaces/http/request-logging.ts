import { randomUUID } from 'node:crypto';
import type { Express, Request } from 'express';
import type { Logger } from 'pino';

declare module 'http' {
  interface IncomingMessage {
    /** The request's id: the client's `X-Request-Id` when it is a sensible one, otherwise a new UUID. */
    id: string;
    /** A logger whose lines carry the request's id. */
    log: Logger;
  }
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** A URL as logged: the path and the names of its query parameters, never their values (tRPC inputs, search terms). */
export function withoutQueryValues(url: string): string {
  const start = url.indexOf('?');
  if (start < 0) return url;
  const names = [...new URLSearchParams(url.slice(start + 1)).keys()];
  return `${url.slice(0, start)}?${names.map((name) => `${encodeURIComponent(name)}=[redacted]`).join('&')}`;
}

const REQUEST_LOGGER = Symbol('request logger');

/**
 * One log line per request when its answer is sent or the client goes away, tagged with an id
 * the client may give and always gets back. The line holds the method, the URL without query
 * values, the client's address, the status and the time taken, and nothing else. So that this
 * costs little on every request, the logger the handlers use (`req.log`) is made only when one
 * of them logs, by a getter on the app's request prototype.
 */
export function logRequests(app: Express, logger: Logger): void {
  Object.defineProperty(app.request, 'log', {
    get(this: Request & { [REQUEST_LOGGER]?: Logger }) {
      return (this[REQUEST_LOGGER] ??= logger.child({ req: { id: this.id } }));
    },
  });
  // The request line is built here of fields that hold no secret, so it skips the redaction
  // every other line goes through, which would cost more than the rest of the line.
  const requestLines = logger.child({}, { redact: [] });
  app.use((req, res, next) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', id);
    req.id = id;
    const started = performance.now();
    res.on('close', () => {
      const line = {
        req: { id, method: req.method, url: withoutQueryValues(req.originalUrl), remoteAddress: req.socket.remoteAddress },
        res: { statusCode: res.statusCode },
        responseTime: Math.round(performance.now() - started),
      };
      if (!res.writableFinished) requestLines.warn(line, 'request aborted');
      else if (res.statusCode >= 500) requestLines.error(line, 'request errored');
      else requestLines.info(line, 'request completed');
    });
    next();
  });
}
