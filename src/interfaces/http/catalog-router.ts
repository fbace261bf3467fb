import type { Router } from 'express';
import {
  createCategoryInput,
  createProductInput,
  listCategoriesInput,
  listProductsInput,
  updateCategoryInput,
  updateProductInput,
} from '../../application/catalog/schemas';
import type { UseCases } from '../use-cases';
import { resourceRouter } from './resource-router';

export function productsRouter(useCases: UseCases): Router {
  return resourceRouter(useCases, {
    listInput: listProductsInput,
    createInput: createProductInput,
    updateInput: updateProductInput,
    list: (input) => useCases.listProducts.execute(input),
    get: (id) => useCases.getProduct.execute(id),
    create: (input, actor) => useCases.createProduct.execute(input, actor),
    update: (id, input, actor) => useCases.updateProduct.execute(id, input, actor),
    remove: (id, actor) => useCases.deleteProduct.execute(id, actor),
  });
}

export function categoriesRouter(useCases: UseCases): Router {
  return resourceRouter(useCases, {
    listInput: listCategoriesInput,
    createInput: createCategoryInput,
    updateInput: updateCategoryInput,
    list: (input) => useCases.listCategories.execute(input),
    get: (id) => useCases.getCategory.execute(id),
    create: (input, actor) => useCases.createCategory.execute(input, actor),
    update: (id, input, actor) => useCases.updateCategory.execute(id, input, actor),
    remove: (id, actor) => useCases.deleteCategory.execute(id, actor),
  });
}
