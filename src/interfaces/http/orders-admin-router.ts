import { Router } from 'express';
import { listAllOrdersInput, setOrderStatusInput } from '../../application/ordering/schemas';
import type { UseCases } from '../use-cases';
import { actorOf, parse, parseQuery, pathId, withParams } from './request';

/** Every customer's orders, for admins, at /orders. */
export function ordersAdminRouter(useCases: UseCases): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const actor = await actorOf(req, useCases);
    res.json(await useCases.listAllOrders.execute(parseQuery(listAllOrdersInput, req.query), actor));
  });

  router.patch('/:id/status', async (req, res) => {
    const actor = await actorOf(req, useCases);
    const input = parse(setOrderStatusInput, withParams(req.body, { id: pathId(req.params.id) }));
    res.json(await useCases.setOrderStatus.execute(input, actor));
  });

  return router;
}
