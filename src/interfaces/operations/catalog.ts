import { CreateCategory } from '../../application/catalog/create-category';
import { CreateProduct } from '../../application/catalog/create-product';
import { DeleteCategory } from '../../application/catalog/delete-category';
import { DeleteProduct } from '../../application/catalog/delete-product';
import { GetCategory } from '../../application/catalog/get-category';
import { GetProduct } from '../../application/catalog/get-product';
import { ListCategories } from '../../application/catalog/list-categories';
import { ListProducts } from '../../application/catalog/list-products';
import { categoryView } from '../../application/catalog/category-view';
import { productView } from '../../application/catalog/product-view';
import {
  createCategoryInput,
  createProductInput,
  listCategoriesInput,
  listProductsInput,
  updateCategoryInput,
  updateProductInput,
} from '../../application/catalog/schemas';
import { UpdateCategory } from '../../application/catalog/update-category';
import { UpdateProduct } from '../../application/catalog/update-product';
import { idInput } from '../../application/shared/ids';
import { pageOf } from '../../application/shared/pagination';
import { operation } from '../operation';

export const products = {
  list: operation({
    method: 'get',
    path: '/products',
    summary: 'Search the catalog',
    description:
      '`q` matches name or description, case-insensitively; `minPrice` and `maxPrice` are inclusive. ' +
      'Ties of the sort are broken by id in the same direction.',
    access: 'anyone',
    input: listProductsInput,
    output: pageOf(productView).meta({ id: 'ProductPage' }),
    responses: { 200: 'A page of products.' },
    useCase: ListProducts,
    run: (list, input) => list.execute(input),
  }),
  byId: operation({
    method: 'get',
    path: '/products/{id}',
    summary: 'One product',
    access: 'anyone',
    input: idInput,
    output: productView,
    responses: { 200: 'The product.' },
    problems: ['NOT_FOUND'],
    useCase: GetProduct,
    run: (get, { id }) => get.execute(id),
  }),
  create: operation({
    method: 'post',
    path: '/products',
    summary: 'Add a product',
    access: 'admin',
    input: createProductInput,
    output: productView,
    responses: { 201: 'The new product.' },
    problems: ['CATEGORY_NOT_FOUND'],
    useCase: CreateProduct,
    run: (create, input, { actor }) => create.execute(input, actor),
  }),
  update: operation({
    method: 'put',
    path: '/products/{id}',
    summary: "Change any subset of a product's fields",
    access: 'admin',
    input: updateProductInput.extend(idInput.shape),
    output: productView,
    responses: { 200: 'The product after the change.' },
    problems: ['CATEGORY_NOT_FOUND', 'NOT_FOUND'],
    useCase: UpdateProduct,
    run: (update, { id, ...changes }, { actor }) => update.execute(id, changes, actor),
  }),
  delete: operation({
    method: 'delete',
    path: '/products/{id}',
    summary: 'Remove a product',
    description: 'It leaves the catalog and every cart; orders keep their snapshot of it.',
    access: 'admin',
    input: idInput,
    responses: { 204: 'Removed.' },
    problems: ['NOT_FOUND'],
    useCase: DeleteProduct,
    run: (remove, { id }, { actor }) => remove.execute(id, actor),
  }),
};

export const categories = {
  list: operation({
    method: 'get',
    path: '/categories',
    summary: 'List the categories',
    access: 'anyone',
    input: listCategoriesInput,
    output: pageOf(categoryView).meta({ id: 'CategoryPage' }),
    responses: { 200: 'A page of categories.' },
    useCase: ListCategories,
    run: (list, input) => list.execute(input),
  }),
  byId: operation({
    method: 'get',
    path: '/categories/{id}',
    summary: 'One category',
    access: 'anyone',
    input: idInput,
    output: categoryView,
    responses: { 200: 'The category.' },
    problems: ['NOT_FOUND'],
    useCase: GetCategory,
    run: (get, { id }) => get.execute(id),
  }),
  create: operation({
    method: 'post',
    path: '/categories',
    summary: 'Add a category',
    description: 'Names are unique whatever their case.',
    access: 'admin',
    input: createCategoryInput,
    output: categoryView,
    responses: { 201: 'The new category.' },
    problems: ['CATEGORY_NAME_TAKEN'],
    useCase: CreateCategory,
    run: (create, input, { actor }) => create.execute(input, actor),
  }),
  update: operation({
    method: 'put',
    path: '/categories/{id}',
    summary: "Change any subset of a category's fields",
    access: 'admin',
    input: updateCategoryInput.extend(idInput.shape),
    output: categoryView,
    responses: { 200: 'The category after the change.' },
    problems: ['NOT_FOUND', 'CATEGORY_NAME_TAKEN'],
    useCase: UpdateCategory,
    run: (update, { id, ...changes }, { actor }) => update.execute(id, changes, actor),
  }),
  delete: operation({
    method: 'delete',
    path: '/categories/{id}',
    summary: 'Remove a category',
    description: 'A category that products still use cannot be removed.',
    access: 'admin',
    input: idInput,
    responses: { 204: 'Removed.' },
    problems: ['NOT_FOUND', 'CATEGORY_IN_USE'],
    useCase: DeleteCategory,
    run: (remove, { id }, { actor }) => remove.execute(id, actor),
  }),
};
