import { Router } from 'express';
import type { z } from 'zod';
import { idInput } from '../../application/shared/ids';
import type { Actor } from '../../application/shared/actor';
import type { UseCases } from '../use-cases';
import { actorOf, parse, parseQuery, pathId } from './request';

/** The five operations of an admin-written, publicly read resource, with their input schemas. */
export interface Resource<L extends z.ZodType, C extends z.ZodType, U extends z.ZodType, V> {
  listInput: L;
  createInput: C;
  updateInput: U;
  list(input: z.output<L>): Promise<unknown>;
  get(id: number): Promise<V>;
  create(input: z.output<C>, actor: Actor): Promise<V>;
  update(id: number, input: z.output<U>, actor: Actor): Promise<V>;
  remove(id: number, actor: Actor): Promise<void>;
}

const idOf = (raw: string | undefined) => parse(idInput, { id: pathId(raw) }).id;

export function resourceRouter<L extends z.ZodType, C extends z.ZodType, U extends z.ZodType, V>(
  useCases: UseCases,
  resource: Resource<L, C, U, V>,
): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    res.json(await resource.list(parseQuery(resource.listInput, req.query)));
  });

  router.get('/:id', async (req, res) => {
    res.json(await resource.get(idOf(req.params.id)));
  });

  router.post('/', async (req, res) => {
    const actor = await actorOf(req, useCases);
    res.status(201).json(await resource.create(parse(resource.createInput, req.body), actor));
  });

  router.put('/:id', async (req, res) => {
    const actor = await actorOf(req, useCases);
    res.json(await resource.update(idOf(req.params.id), parse(resource.updateInput, req.body), actor));
  });

  router.delete('/:id', async (req, res) => {
    await resource.remove(idOf(req.params.id), await actorOf(req, useCases));
    res.status(204).end();
  });

  return router;
}
