import {
  addToCartInput,
  cartView,
  removeFromCartInput,
  updateCartItemInput,
} from '../../../application/cart/schemas';
import { json, type Operation } from './operation';

const cart = (description: string) => json(description, cartView);

export const cartOperations: Operation[] = [
  {
    operationId: 'cart.get',
    method: 'get',
    path: '/cart',
    tag: 'cart',
    summary: "The caller's cart, at current prices",
    access: 'bearer',
    responses: { 200: cart('The cart.') },
  },
  {
    operationId: 'cart.add',
    method: 'post',
    path: '/cart',
    tag: 'cart',
    summary: 'Add a product to the cart',
    description: 'Adding a product already in the cart adds to its quantity.',
    access: 'bearer',
    body: addToCartInput,
    responses: { 200: cart('The cart after the change.') },
    problems: { 404: ['NOT_FOUND'], 409: ['INSUFFICIENT_STOCK'] },
  },
  {
    operationId: 'cart.update',
    method: 'put',
    path: '/cart/{productId}',
    tag: 'cart',
    summary: 'Set the quantity of a cart line',
    description: 'Quantity 0 removes the line.',
    access: 'bearer',
    params: removeFromCartInput,
    body: updateCartItemInput.omit({ productId: true }),
    responses: { 200: cart('The cart after the change.') },
    problems: { 404: ['NOT_FOUND'], 409: ['INSUFFICIENT_STOCK'] },
  },
  {
    operationId: 'cart.remove',
    method: 'delete',
    path: '/cart/{productId}',
    tag: 'cart',
    summary: 'Remove a line from the cart',
    access: 'bearer',
    params: removeFromCartInput,
    responses: { 200: cart('The cart after the change.') },
    problems: { 404: ['NOT_FOUND'] },
  },
];
