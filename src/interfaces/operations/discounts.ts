import { CreateDiscount } from '../../application/discounts/create-discount';
import { DeleteDiscount } from '../../application/discounts/delete-discount';
import { discountView } from '../../application/discounts/discount-view';
import { GetDiscount } from '../../application/discounts/get-discount';
import { ListDiscounts } from '../../application/discounts/list-discounts';
import { createDiscountInput, listDiscountsInput, updateDiscountInput } from '../../application/discounts/schemas';
import { UpdateDiscount } from '../../application/discounts/update-discount';
import { idInput } from '../../application/shared/ids';
import { pageOf } from '../../application/shared/pagination';
import { operation } from '../operation';

export const discounts = {
  list: operation({
    method: 'get',
    path: '/discounts',
    summary: 'List the discount codes, newest first',
    description: '`active=true` or `active=false` lists only the active or the inactive ones.',
    access: 'admin',
    input: listDiscountsInput,
    output: pageOf(discountView).meta({ id: 'DiscountPage' }),
    responses: { 200: 'A page of discounts.' },
    useCase: ListDiscounts,
    run: (list, input, { actor }) => list.execute(input, actor),
  }),
  byId: operation({
    method: 'get',
    path: '/discounts/{id}',
    summary: 'One discount code',
    access: 'admin',
    input: idInput,
    output: discountView,
    responses: { 200: 'The discount.' },
    problems: ['NOT_FOUND'],
    useCase: GetDiscount,
    run: (get, { id }, { actor }) => get.execute(id, actor),
  }),
  create: operation({
    method: 'post',
    path: '/discounts',
    summary: 'Add a discount code',
    description:
      'Codes are unique whatever their case and answered upper-case. `percent` takes a whole `value` from 1 to 100, ' +
      '`fixed` an amount above 0; `endsAt` must be after `startsAt`.',
    access: 'admin',
    input: createDiscountInput,
    output: discountView,
    responses: { 201: 'The new discount.' },
    problems: ['DISCOUNT_CODE_TAKEN'],
    useCase: CreateDiscount,
    run: (create, input, { actor }) => create.execute(input, actor),
  }),
  update: operation({
    method: 'put',
    path: '/discounts/{id}',
    summary: "Change any subset of a discount's fields",
    description: 'The discount after the change must be valid as a whole: a `kind` given alone must suit the `value` kept.',
    access: 'admin',
    input: updateDiscountInput.extend(idInput.shape),
    output: discountView,
    responses: { 200: 'The discount after the change.' },
    problems: ['NOT_FOUND', 'DISCOUNT_CODE_TAKEN'],
    useCase: UpdateDiscount,
    run: (update, { id, ...changes }, { actor }) => update.execute(id, changes, actor),
  }),
  delete: operation({
    method: 'delete',
    path: '/discounts/{id}',
    summary: 'Remove a discount code',
    description: 'A code that an order used cannot be removed; deactivate it instead.',
    access: 'admin',
    input: idInput,
    responses: { 204: 'Removed.' },
    problems: ['NOT_FOUND', 'DISCOUNT_IN_USE'],
    useCase: DeleteDiscount,
    run: (remove, { id }, { actor }) => remove.execute(id, actor),
  }),
};
