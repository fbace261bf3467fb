import { addressView } from '../../application/addresses/address-view';
import { CreateAddress } from '../../application/addresses/create-address';
import { DeleteAddress } from '../../application/addresses/delete-address';
import { GetAddress } from '../../application/addresses/get-address';
import { ListAddresses } from '../../application/addresses/list-addresses';
import { createAddressInput, listAddressesInput, updateAddressInput } from '../../application/addresses/schemas';
import { UpdateAddress } from '../../application/addresses/update-address';
import { idInput } from '../../application/shared/ids';
import { pageOf } from '../../application/shared/pagination';
import { operation } from '../operation';

export const addresses = {
  list: operation({
    method: 'get',
    path: '/addresses',
    summary: "The caller's address book",
    description: 'The default address first, then newest first.',
    access: 'user',
    input: listAddressesInput,
    output: pageOf(addressView).meta({ id: 'AddressPage' }),
    responses: { 200: 'A page of addresses.' },
    useCase: ListAddresses,
    run: (list, input, { actor }) => list.execute(input, actor),
  }),
  byId: operation({
    method: 'get',
    path: '/addresses/{id}',
    summary: "One of the caller's addresses",
    description: "Someone else's address is a 404.",
    access: 'user',
    input: idInput,
    output: addressView,
    responses: { 200: 'The address.' },
    problems: ['NOT_FOUND'],
    useCase: GetAddress,
    run: (get, { id }, { actor }) => get.execute(id, actor),
  }),
  create: operation({
    method: 'post',
    path: '/addresses',
    summary: 'Add an address',
    description:
      'The first address is the default whatever `isDefault` says; `isDefault: true` moves the default here. ' +
      'A user keeps at most 50 addresses.',
    access: 'user',
    input: createAddressInput,
    output: addressView,
    responses: { 201: 'The new address.' },
    problems: ['ADDRESS_LIMIT_REACHED'],
    useCase: CreateAddress,
    run: (create, input, { actor }) => create.execute(input, actor),
  }),
  update: operation({
    method: 'put',
    path: '/addresses/{id}',
    summary: "Change any subset of an address's fields",
    description: '`isDefault: true` moves the default here; `isDefault: false` on the default changes nothing.',
    access: 'user',
    input: updateAddressInput.extend(idInput.shape),
    output: addressView,
    responses: { 200: 'The address after the change.' },
    problems: ['NOT_FOUND'],
    useCase: UpdateAddress,
    run: (update, { id, ...changes }, { actor }) => update.execute(id, changes, actor),
  }),
  delete: operation({
    method: 'delete',
    path: '/addresses/{id}',
    summary: 'Remove an address',
    description: 'Removing the default makes the newest remaining address the default; orders keep their snapshot.',
    access: 'user',
    input: idInput,
    responses: { 204: 'Removed.' },
    problems: ['NOT_FOUND'],
    useCase: DeleteAddress,
    run: (remove, { id }, { actor }) => remove.execute(id, actor),
  }),
};
