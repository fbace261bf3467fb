import type { AddressView } from '../../src/application/addresses/address-view';
import type { SignedIn } from './accounts';
import type { TestApp } from './test-app';

export const HOME = { name: 'Ada Lovelace', line1: '1 Main St', city: 'Berlin', postalCode: '10115', country: 'DE' };

export async function addAddress(app: TestApp, user: SignedIn, fields: Record<string, unknown> = {}): Promise<AddressView> {
  const response = await app.http.post('/addresses').set(user.auth).send({ ...HOME, ...fields }).expect(201);
  return response.body as AddressView;
}

/** The user's whole address book, in the order it is listed. */
export async function addressBook(app: TestApp, user: SignedIn): Promise<AddressView[]> {
  const response = await app.http.get('/addresses').query({ pageSize: 100 }).set(user.auth).expect(200);
  return response.body.items as AddressView[];
}

/** Which addresses the book lists, in order, and which one is the default. */
export async function defaults(app: TestApp, user: SignedIn): Promise<[number, boolean][]> {
  return (await addressBook(app, user)).map((address) => [address.id, address.isDefault]);
}
