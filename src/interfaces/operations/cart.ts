import { AddToCart } from '../../application/cart/add-to-cart';
import { ApplyDiscount } from '../../application/cart/apply-discount';
import { AdmitGuestCartRequest } from '../../application/cart/admit-guest-cart-request';
import type { CartOwner } from '../../application/cart/cart-owner';
import { cartView } from '../../application/cart/cart-view';
import { CreateGuestCart } from '../../application/cart/create-guest-cart';
import { GetCart } from '../../application/cart/get-cart';
import { guestCartView } from '../../application/cart/guest-cart-view';
import { MergeGuestCart } from '../../application/cart/merge-guest-cart';
import { RemoveDiscount } from '../../application/cart/remove-discount';
import { RemoveFromCart } from '../../application/cart/remove-from-cart';
import { addToCartInput, applyDiscountInput, mergeGuestCartInput, removeFromCartInput, updateCartItemInput } from '../../application/cart/schemas';
import { UpdateCartItem } from '../../application/cart/update-cart-item';
import { type Caller, noInput, operation } from '../operation';

/** The signed-in user's cart; without a bearer token, the guest cart `X-Cart-Token` names. */
const ownerOf = ({ actor, cartToken }: Caller<'cart'>): CartOwner =>
  actor ? { userId: actor.userId } : { guestToken: cartToken! };

const GUEST_ACCESS = 'With a bearer token, the user\'s cart; without one, the guest cart named by `X-Cart-Token`.';

export const cart = {
  get: operation({
    method: 'get',
    path: '/cart',
    summary: 'The cart, at current prices',
    description: GUEST_ACCESS,
    access: 'cart',
    input: noInput,
    output: cartView,
    responses: { 200: 'The cart.' },
    problems: ['CART_NOT_FOUND'],
    useCase: GetCart,
    run: (get, _input, caller) => get.execute(ownerOf(caller)),
  }),
  add: operation({
    method: 'post',
    path: '/cart',
    summary: 'Add a product to the cart',
    description: `Adding a product already in the cart adds to its quantity. ${GUEST_ACCESS}`,
    access: 'cart',
    input: addToCartInput,
    output: cartView,
    responses: { 200: 'The cart after the change.' },
    problems: ['NOT_FOUND', 'CART_NOT_FOUND', 'INSUFFICIENT_STOCK'],
    useCase: AddToCart,
    run: (add, input, caller) => add.execute(input, ownerOf(caller)),
  }),
  update: operation({
    method: 'put',
    path: '/cart/{productId}',
    summary: 'Set the quantity of a cart line',
    description: `Quantity 0 removes the line. ${GUEST_ACCESS}`,
    access: 'cart',
    input: updateCartItemInput,
    output: cartView,
    responses: { 200: 'The cart after the change.' },
    problems: ['NOT_FOUND', 'CART_NOT_FOUND', 'INSUFFICIENT_STOCK'],
    useCase: UpdateCartItem,
    run: (update, input, caller) => update.execute(input, ownerOf(caller)),
  }),
  remove: operation({
    method: 'delete',
    path: '/cart/{productId}',
    summary: 'Remove a line from the cart',
    description: GUEST_ACCESS,
    access: 'cart',
    input: removeFromCartInput,
    output: cartView,
    responses: { 200: 'The cart after the change.' },
    problems: ['NOT_FOUND', 'CART_NOT_FOUND'],
    useCase: RemoveFromCart,
    run: (remove, input, caller) => remove.execute(input, ownerOf(caller)),
  }),
  applyDiscount: operation({
    method: 'put',
    path: '/cart/discount',
    summary: 'Put a discount code on the cart',
    description: `In place of any code already there; a code that does not apply now leaves the cart as it was. ${GUEST_ACCESS}`,
    access: 'cart',
    input: applyDiscountInput,
    output: cartView,
    responses: { 200: 'The cart with the code.' },
    problems: ['CART_NOT_FOUND', 'DISCOUNT_NOT_FOUND', 'DISCOUNT_NOT_APPLICABLE'],
    useCase: ApplyDiscount,
    run: (apply, input, caller) => apply.execute(input, ownerOf(caller)),
  }),
  removeDiscount: operation({
    method: 'delete',
    path: '/cart/discount',
    summary: 'Take the discount code off the cart',
    description: GUEST_ACCESS,
    access: 'cart',
    input: noInput,
    output: cartView,
    responses: { 200: 'The cart without a code.' },
    problems: ['CART_NOT_FOUND'],
    useCase: RemoveDiscount,
    run: (remove, _input, caller) => remove.execute(ownerOf(caller)),
  }),
  createGuest: operation({
    method: 'post',
    path: '/cart/guest',
    summary: 'Start a guest cart',
    description:
      'For a visitor without an account: the answer holds the token to send as `X-Cart-Token`. ' +
      'The cart expires `GUEST_CART_TTL_DAYS` after its last change; it can be merged into an account at login.',
    access: 'anyone',
    admission: AdmitGuestCartRequest,
    input: noInput,
    output: guestCartView,
    responses: { 201: 'The token and the empty cart.' },
    useCase: CreateGuestCart,
    run: (create) => create.execute(),
  }),
  merge: operation({
    method: 'post',
    path: '/cart/merge',
    summary: "Move a guest cart into the caller's cart",
    description:
      'A product in both gets the sum of the quantities; every merged line is capped at the stock on hand, ' +
      'and a line left at 0 is dropped. The guest cart is gone afterwards.',
    access: 'user',
    input: mergeGuestCartInput,
    output: cartView,
    responses: { 200: "The caller's cart after the merge." },
    problems: ['CART_NOT_FOUND'],
    useCase: MergeGuestCart,
    run: (merge, input, { actor }) => merge.execute(input, actor),
  }),
};
