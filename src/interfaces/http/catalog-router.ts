import { Router } from 'express';
import {
  createCategoryInput,
  createProductInput,
  idInput,
  listCategoriesInput,
  listProductsInput,
  updateCategoryInput,
  updateProductInput,
} from '../../application/catalog/schemas';
import type { UseCases } from '../use-cases';
import { actorOf, parse, parseQuery, pathId } from './request';

const idOf = (raw: string | undefined) => parse(idInput, { id: pathId(raw) }).id;

export function productsRouter(useCases: UseCases): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    res.json(await useCases.listProducts.execute(parseQuery(listProductsInput, req.query)));
  });

  router.get('/:id', async (req, res) => {
    res.json(await useCases.getProduct.execute(idOf(req.params.id)));
  });

  router.post('/', async (req, res) => {
    const actor = await actorOf(req, useCases);
    res.status(201).json(await useCases.createProduct.execute(parse(createProductInput, req.body), actor));
  });

  router.put('/:id', async (req, res) => {
    const actor = await actorOf(req, useCases);
    const input = parse(updateProductInput, req.body);
    res.json(await useCases.updateProduct.execute(idOf(req.params.id), input, actor));
  });

  router.delete('/:id', async (req, res) => {
    const actor = await actorOf(req, useCases);
    await useCases.deleteProduct.execute(idOf(req.params.id), actor);
    res.status(204).end();
  });

  return router;
}

export function categoriesRouter(useCases: UseCases): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    res.json(await useCases.listCategories.execute(parseQuery(listCategoriesInput, req.query)));
  });

  router.get('/:id', async (req, res) => {
    res.json(await useCases.getCategory.execute(idOf(req.params.id)));
  });

  router.post('/', async (req, res) => {
    const actor = await actorOf(req, useCases);
    res.status(201).json(await useCases.createCategory.execute(parse(createCategoryInput, req.body), actor));
  });

  router.put('/:id', async (req, res) => {
    const actor = await actorOf(req, useCases);
    const input = parse(updateCategoryInput, req.body);
    res.json(await useCases.updateCategory.execute(idOf(req.params.id), input, actor));
  });

  router.delete('/:id', async (req, res) => {
    const actor = await actorOf(req, useCases);
    await useCases.deleteCategory.execute(idOf(req.params.id), actor);
    res.status(204).end();
  });

  return router;
}
