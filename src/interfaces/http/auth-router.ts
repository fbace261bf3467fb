import { type RequestHandler, Router } from 'express';
import { logInInput, logOutInput, refreshInput, signUpInput } from '../../application/accounts/schemas';
import type { UseCases } from '../use-cases';
import { actorOf, clientOf, parse } from './request';

export const RATE_LIMITED_AUTH_PATHS = ['/auth/login', '/auth/signup'];

/** Counts a login or signup request against its client's limit; mounted before the body is read. */
export function admitAuthRequests(useCases: UseCases): RequestHandler {
  return async (req, _res, next) => {
    await useCases.admitAuthRequest.execute(clientOf(req));
    next();
  };
}

export function authRouter(useCases: UseCases): Router {
  const router = Router();

  router.post('/signup', async (req, res) => {
    const user = await useCases.signUp.execute(parse(signUpInput, req.body));
    res.status(201).json({ user });
  });

  router.post('/login', async (req, res) => {
    res.json(await useCases.logIn.execute(parse(logInInput, req.body)));
  });

  router.post('/refresh', async (req, res) => {
    res.json(await useCases.refreshSession.execute(parse(refreshInput, req.body)));
  });

  router.post('/logout', async (req, res) => {
    const actor = await actorOf(req, useCases);
    await useCases.logOut.execute(parse(logOutInput, req.body), actor);
    res.status(204).end();
  });

  router.get('/me', async (req, res) => {
    const actor = await actorOf(req, useCases);
    res.json({ user: await useCases.getCurrentUser.execute(actor) });
  });

  return router;
}
