import { categoryView } from '../../../application/catalog/category-view';
import { createCategoryInput, listCategoriesInput, updateCategoryInput } from '../../../application/catalog/schemas';
import { idInput } from '../../../application/shared/ids';
import { pageOf } from '../../../application/shared/pagination';
import { json, type Operation } from './operation';

const categoryPage = pageOf(categoryView).meta({ id: 'CategoryPage' });

export const categoryOperations: Operation[] = [
  {
    operationId: 'categories.list',
    method: 'get',
    path: '/categories',
    tag: 'categories',
    summary: 'List the categories',
    access: 'anyone',
    query: listCategoriesInput,
    responses: { 200: json('A page of categories.', categoryPage) },
  },
  {
    operationId: 'categories.byId',
    method: 'get',
    path: '/categories/{id}',
    tag: 'categories',
    summary: 'One category',
    access: 'anyone',
    params: idInput,
    responses: { 200: json('The category.', categoryView) },
    problems: { 404: ['NOT_FOUND'] },
  },
  {
    operationId: 'categories.create',
    method: 'post',
    path: '/categories',
    tag: 'categories',
    summary: 'Add a category',
    description: 'Names are unique whatever their case.',
    access: 'admin',
    body: createCategoryInput,
    responses: { 201: json('The new category.', categoryView) },
    problems: { 409: ['CATEGORY_NAME_TAKEN'] },
  },
  {
    operationId: 'categories.update',
    method: 'put',
    path: '/categories/{id}',
    tag: 'categories',
    summary: "Change any subset of a category's fields",
    access: 'admin',
    params: idInput,
    body: updateCategoryInput,
    responses: { 200: json('The category after the change.', categoryView) },
    problems: { 404: ['NOT_FOUND'], 409: ['CATEGORY_NAME_TAKEN'] },
  },
  {
    operationId: 'categories.delete',
    method: 'delete',
    path: '/categories/{id}',
    tag: 'categories',
    summary: 'Remove a category',
    description: 'A category that products still use cannot be removed.',
    access: 'admin',
    params: idInput,
    responses: { 204: { description: 'Removed.' } },
    problems: { 404: ['NOT_FOUND'], 409: ['CATEGORY_IN_USE'] },
  },
];
