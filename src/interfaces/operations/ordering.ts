import { CancelOrder } from '../../application/ordering/cancel-order';
import { GetOrder } from '../../application/ordering/get-order';
import { ListAllOrders } from '../../application/ordering/list-all-orders';
import { ListMyOrders } from '../../application/ordering/list-my-orders';
import { orderView } from '../../application/ordering/order-view';
import { PlaceOrder } from '../../application/ordering/place-order';
import { listAllOrdersInput, listMyOrdersInput, placeOrderInput, setOrderStatusInput } from '../../application/ordering/schemas';
import { SetOrderStatus } from '../../application/ordering/set-order-status';
import { idInput } from '../../application/shared/ids';
import { pageOf } from '../../application/shared/pagination';
import { operation } from '../operation';

const orderPage = pageOf(orderView).meta({ id: 'OrderPage' });

export const orders = {
  place: operation({
    method: 'post',
    path: '/order',
    summary: 'Place the cart as an order',
    description:
      'Takes every cart line at the current price with the discount code on the cart, takes the stock, counts the ' +
      "code's use and empties the cart, all or nothing. Ships to `shippingAddressId`, to `shippingAddress`, or else " +
      "to the caller's default address, if any; `expectedTotalPrice` guards against a total that changed.",
    access: 'user',
    headers: { idempotencyKey: 'Idempotency-Key' },
    input: placeOrderInput,
    output: orderView,
    responses: {
      201: 'The order placed, status `pending`.',
      200: 'The order an earlier request with the same `Idempotency-Key` placed.',
    },
    problems: ['CART_EMPTY', 'NOT_FOUND', 'INSUFFICIENT_STOCK', 'DISCOUNT_NOT_APPLICABLE', 'PRICE_CHANGED'],
    useCase: PlaceOrder,
    run: (place, input, { actor }) => place.execute(input, actor),
    status: (placed) => (placed.created ? 201 : 200),
    view: (placed) => placed.order,
  }),
  mine: operation({
    method: 'get',
    path: '/order',
    summary: "The caller's orders, newest first",
    access: 'user',
    input: listMyOrdersInput,
    output: orderPage,
    responses: { 200: 'A page of orders.' },
    useCase: ListMyOrders,
    run: (list, input, { actor }) => list.execute(input, actor),
  }),
  byId: operation({
    method: 'get',
    path: '/order/{id}',
    summary: 'One order, to its owner or an admin',
    description: "Someone else's order is a 404.",
    access: 'user',
    input: idInput,
    output: orderView,
    responses: { 200: 'The order.' },
    problems: ['NOT_FOUND'],
    useCase: GetOrder,
    run: (get, input, { actor }) => get.execute(input, actor),
  }),
  cancel: operation({
    method: 'post',
    path: '/order/{id}/cancel',
    summary: 'Cancel an order',
    description: 'Customers cancel while the order is `pending`, admins also while `confirmed`; the stock goes back.',
    access: 'user',
    input: idInput,
    output: orderView,
    responses: { 200: 'The order, status `cancelled`.' },
    problems: ['NOT_FOUND', 'INVALID_STATUS_TRANSITION', 'STOCK_LIMIT_REACHED'],
    useCase: CancelOrder,
    run: (cancel, input, { actor }) => cancel.execute(input, actor),
  }),
  all: operation({
    method: 'get',
    path: '/orders',
    summary: "Every customer's orders, newest first",
    access: 'admin',
    input: listAllOrdersInput,
    output: orderPage,
    responses: { 200: 'A page of orders.' },
    useCase: ListAllOrders,
    run: (list, input, { actor }) => list.execute(input, actor),
  }),
  setStatus: operation({
    method: 'patch',
    path: '/orders/{id}/status',
    summary: 'Move an order along its life cycle',
    description: '`pending → confirmed → shipped → delivered`, or `cancelled` from `pending` or `confirmed`.',
    access: 'admin',
    input: setOrderStatusInput,
    output: orderView,
    responses: { 200: 'The order after the change.' },
    problems: ['NOT_FOUND', 'INVALID_STATUS_TRANSITION', 'STOCK_LIMIT_REACHED'],
    useCase: SetOrderStatus,
    run: (setStatus, input, { actor }) => setStatus.execute(input, actor),
  }),
};
