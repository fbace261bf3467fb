import { z } from 'zod';
import { listAllOrdersInput, listMyOrdersInput, orderView, placeOrderInput, setOrderStatusInput } from '../../../application/ordering/schemas';
import { idInput } from '../../../application/shared/ids';
import { pageOf } from '../../../application/shared/pagination';
import { json, type Operation } from './operation';

const orderPage = pageOf(orderView).meta({ id: 'OrderPage' });

const idempotencyKey = z.object({
  'Idempotency-Key': placeOrderInput.unwrap().shape.idempotencyKey.meta({
    description: 'A repeat with the same key, by the same user, returns the first order and places nothing.',
  }),
});

export const orderOperations: Operation[] = [
  {
    operationId: 'orders.place',
    method: 'post',
    path: '/order',
    tag: 'orders',
    summary: 'Place the cart as an order',
    description:
      'Takes every cart line at the current price, takes the stock and empties the cart, all or nothing.',
    access: 'bearer',
    headers: idempotencyKey,
    responses: {
      201: json('The order placed, status `pending`.', orderView),
      200: json('The order an earlier request with the same `Idempotency-Key` placed.', orderView),
    },
    problems: { 400: ['CART_EMPTY'], 409: ['INSUFFICIENT_STOCK'] },
  },
  {
    operationId: 'orders.mine',
    method: 'get',
    path: '/order',
    tag: 'orders',
    summary: "The caller's orders, newest first",
    access: 'bearer',
    query: listMyOrdersInput.unwrap(),
    responses: { 200: json('A page of orders.', orderPage) },
  },
  {
    operationId: 'orders.byId',
    method: 'get',
    path: '/order/{id}',
    tag: 'orders',
    summary: 'One order, to its owner or an admin',
    description: "Someone else's order is a 404.",
    access: 'bearer',
    params: idInput,
    responses: { 200: json('The order.', orderView) },
    problems: { 404: ['NOT_FOUND'] },
  },
  {
    operationId: 'orders.cancel',
    method: 'post',
    path: '/order/{id}/cancel',
    tag: 'orders',
    summary: 'Cancel an order',
    description: 'Customers cancel while the order is `pending`, admins also while `confirmed`; the stock goes back.',
    access: 'bearer',
    params: idInput,
    responses: { 200: json('The order, status `cancelled`.', orderView) },
    problems: { 404: ['NOT_FOUND'], 409: ['INVALID_STATUS_TRANSITION'] },
  },
  {
    operationId: 'orders.all',
    method: 'get',
    path: '/orders',
    tag: 'orders',
    summary: "Every customer's orders, newest first",
    access: 'admin',
    query: listAllOrdersInput.unwrap(),
    responses: { 200: json('A page of orders.', orderPage) },
  },
  {
    operationId: 'orders.setStatus',
    method: 'patch',
    path: '/orders/{id}/status',
    tag: 'orders',
    summary: 'Move an order along its life cycle',
    description: '`pending → confirmed → shipped → delivered`, or `cancelled` from `pending` or `confirmed`.',
    access: 'admin',
    params: idInput,
    body: setOrderStatusInput.omit({ id: true }),
    responses: { 200: json('The order after the change.', orderView) },
    problems: { 404: ['NOT_FOUND'], 409: ['INVALID_STATUS_TRANSITION'] },
  },
];
