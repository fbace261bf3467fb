import { AddToCart } from '../../application/cart/add-to-cart';
import { cartView } from '../../application/cart/cart-view';
import { GetCart } from '../../application/cart/get-cart';
import { RemoveFromCart } from '../../application/cart/remove-from-cart';
import { addToCartInput, removeFromCartInput, updateCartItemInput } from '../../application/cart/schemas';
import { UpdateCartItem } from '../../application/cart/update-cart-item';
import { noInput, operation } from '../operation';

export const cart = {
  get: operation({
    method: 'get',
    path: '/cart',
    summary: "The caller's cart, at current prices",
    access: 'user',
    input: noInput,
    output: cartView,
    responses: { 200: 'The cart.' },
    useCase: GetCart,
    run: (get, _input, { actor }) => get.execute(actor),
  }),
  add: operation({
    method: 'post',
    path: '/cart',
    summary: 'Add a product to the cart',
    description: 'Adding a product already in the cart adds to its quantity.',
    access: 'user',
    input: addToCartInput,
    output: cartView,
    responses: { 200: 'The cart after the change.' },
    problems: ['NOT_FOUND', 'INSUFFICIENT_STOCK'],
    useCase: AddToCart,
    run: (add, input, { actor }) => add.execute(input, actor),
  }),
  update: operation({
    method: 'put',
    path: '/cart/{productId}',
    summary: 'Set the quantity of a cart line',
    description: 'Quantity 0 removes the line.',
    access: 'user',
    input: updateCartItemInput,
    output: cartView,
    responses: { 200: 'The cart after the change.' },
    problems: ['NOT_FOUND', 'INSUFFICIENT_STOCK'],
    useCase: UpdateCartItem,
    run: (update, input, { actor }) => update.execute(input, actor),
  }),
  remove: operation({
    method: 'delete',
    path: '/cart/{productId}',
    summary: 'Remove a line from the cart',
    access: 'user',
    input: removeFromCartInput,
    output: cartView,
    responses: { 200: 'The cart after the change.' },
    problems: ['NOT_FOUND'],
    useCase: RemoveFromCart,
    run: (remove, input, { actor }) => remove.execute(input, actor),
  }),
};
