import { Router } from 'express';
import { addToCartInput, removeFromCartInput, updateCartItemInput } from '../../application/cart/schemas';
import type { UseCases } from '../use-cases';
import { actorOf, parse, pathId, withParams } from './request';

export function cartRouter(useCases: UseCases): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    res.json(await useCases.getCart.execute(await actorOf(req, useCases)));
  });

  router.post('/', async (req, res) => {
    const actor = await actorOf(req, useCases);
    res.json(await useCases.addToCart.execute(parse(addToCartInput, req.body), actor));
  });

  router.put('/:productId', async (req, res) => {
    const actor = await actorOf(req, useCases);
    const input = parse(updateCartItemInput, withParams(req.body, { productId: pathId(req.params.productId) }));
    res.json(await useCases.updateCartItem.execute(input, actor));
  });

  router.delete('/:productId', async (req, res) => {
    const actor = await actorOf(req, useCases);
    const input = parse(removeFromCartInput, { productId: pathId(req.params.productId) });
    res.json(await useCases.removeFromCart.execute(input, actor));
  });

  return router;
}
