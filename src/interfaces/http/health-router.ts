import { Router } from 'express';
import { failure } from '../errors';
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
      sendProblem(res, failure('NOT_READY', 'The database is not answering.'));
    }
  });

  return router;
}
