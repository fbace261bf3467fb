import { Router } from 'express';
import { ERROR_CLASSES } from '../errors';
import { sendProblem } from './problem';

export function healthRouter(checkDatabase: () => Promise<void>): Router {
  const router = Router();

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/ready', async (req, res) => {
    try {
      await checkDatabase();
      res.json({ status: 'ready' });
    } catch (error) {
      req.log.warn({ err: error }, 'database is not answering');
      sendProblem(res, { ...ERROR_CLASSES.internal, status: 503, title: 'Service Unavailable', code: 'NOT_READY', detail: 'The database is not answering.' });
    }
  });

  return router;
}
