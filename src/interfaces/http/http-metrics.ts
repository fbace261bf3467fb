import { type Request, type RequestHandler, Router } from 'express';
import { Counter, Histogram, type Registry } from 'prom-client';

/** The metrics the service serves: the registry that requests are counted on, and what a scrape gets. */
export interface ServedMetrics {
  registry: Registry;
  scrape(): Promise<{ contentType: string; text: string }>;
}

/** The route label of a request that no route answered: the URL itself would make labels without end. */
const UNMATCHED_ROUTE = 'unmatched';

const LABELS = ['method', 'route', 'status'] as const;

/** Counts and times every answered request by method, route and status. */
export function countRequests(registry: Registry): RequestHandler {
  const answered = new Counter({ name: 'http_requests_total', help: 'HTTP requests answered', labelNames: LABELS, registers: [registry] });
  const durations = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to having answered it',
    labelNames: LABELS,
    registers: [registry],
  });
  return (req, res, next) => {
    const stopTimer = durations.startTimer();
    res.once('finish', () => {
      const labels = { method: req.method, route: routeOf(req), status: String(res.statusCode) };
      answered.inc(labels);
      stopTimer(labels);
    });
    next();
  };
}

/**
 * The route that answered, in the API's own notation (`/products/{id}`), or the mount point of a
 * handler that has no routes of its own (`/trpc`). Read once answered, when Express has set both.
 */
function routeOf(req: Request): string {
  const route = (req.route as { path: string } | undefined)?.path ?? '';
  const template = `${req.baseUrl}${route}`.replace(/:(\w+)/g, '{$1}');
  return template || UNMATCHED_ROUTE;
}

/** `GET /metrics` in Prometheus's text format. */
export function metricsRoute(metrics: ServedMetrics): Router {
  const router = Router();
  router.get('/metrics', async (_req, res) => {
    const { contentType, text } = await metrics.scrape();
    res.setHeader('Cache-Control', 'no-store');
    res.type(contentType).send(text);
  });
  return router;
}
