import { productView } from '../../../application/catalog/product-view';
import { createProductInput, listProductsInput, updateProductInput } from '../../../application/catalog/schemas';
import { idInput } from '../../../application/shared/ids';
import { pageOf } from '../../../application/shared/pagination';
import { json, type Operation } from './operation';

const productPage = pageOf(productView).meta({ id: 'ProductPage' });

export const productOperations: Operation[] = [
  {
    operationId: 'products.list',
    method: 'get',
    path: '/products',
    tag: 'products',
    summary: 'Search the catalog',
    description:
      '`q` matches name or description, case-insensitively; `minPrice` and `maxPrice` are inclusive. ' +
      'Ties of the sort are broken by id in the same direction.',
    access: 'anyone',
    query: listProductsInput,
    responses: { 200: json('A page of products.', productPage) },
  },
  {
    operationId: 'products.byId',
    method: 'get',
    path: '/products/{id}',
    tag: 'products',
    summary: 'One product',
    access: 'anyone',
    params: idInput,
    responses: { 200: json('The product.', productView) },
    problems: { 404: ['NOT_FOUND'] },
  },
  {
    operationId: 'products.create',
    method: 'post',
    path: '/products',
    tag: 'products',
    summary: 'Add a product',
    access: 'admin',
    body: createProductInput,
    responses: { 201: json('The new product.', productView) },
    problems: { 400: ['CATEGORY_NOT_FOUND'] },
  },
  {
    operationId: 'products.update',
    method: 'put',
    path: '/products/{id}',
    tag: 'products',
    summary: "Change any subset of a product's fields",
    access: 'admin',
    params: idInput,
    body: updateProductInput,
    responses: { 200: json('The product after the change.', productView) },
    problems: { 400: ['CATEGORY_NOT_FOUND'], 404: ['NOT_FOUND'] },
  },
  {
    operationId: 'products.delete',
    method: 'delete',
    path: '/products/{id}',
    tag: 'products',
    summary: 'Remove a product',
    description: 'It leaves the catalog and every cart; orders keep their snapshot of it.',
    access: 'admin',
    params: idInput,
    responses: { 204: { description: 'Removed.' } },
    problems: { 404: ['NOT_FOUND'] },
  },
];
