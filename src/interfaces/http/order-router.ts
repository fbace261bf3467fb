import { Router } from 'express';
import { listMyOrdersInput, placeOrderInput } from '../../application/ordering/schemas';
import { idInput } from '../../application/shared/ids';
import type { UseCases } from '../use-cases';
import { actorOf, parse, parseQuery, pathId } from './request';

/** A customer's own orders, at /order. */
export function orderRouter(useCases: UseCases): Router {
  const router = Router();

  router.post('/', async (req, res) => {
    const actor = await actorOf(req, useCases);
    const input = parse(placeOrderInput, { idempotencyKey: req.get('idempotency-key') });
    const placed = await useCases.placeOrder.execute(input, actor);
    res.status(placed.created ? 201 : 200).json(placed.order);
  });

  router.get('/', async (req, res) => {
    const actor = await actorOf(req, useCases);
    res.json(await useCases.listMyOrders.execute(parseQuery(listMyOrdersInput, req.query), actor));
  });

  router.get('/:id', async (req, res) => {
    const actor = await actorOf(req, useCases);
    res.json(await useCases.getOrder.execute(parse(idInput, { id: pathId(req.params.id) }), actor));
  });

  router.post('/:id/cancel', async (req, res) => {
    const actor = await actorOf(req, useCases);
    res.json(await useCases.cancelOrder.execute(parse(idInput, { id: pathId(req.params.id) }), actor));
  });

  return router;
}
