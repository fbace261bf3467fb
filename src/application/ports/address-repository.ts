import type { Address, AddressEntry } from '../../domain/addresses/address';

export interface AddressListQuery {
  page: number;
  pageSize: number;
}

/**
 * Every address belongs to one user, and every method is asked on behalf of one: another
 * user's address is as absent as an unknown one.
 */
export interface AddressRepository {
  /** Null when no address of this user has this id. */
  findOwned(userId: number, id: number): Promise<Address | null>;
  /** Null when the user has no address. */
  defaultOf(userId: number): Promise<Address | null>;
  /** The user's most recently created address (the higher id on a tie); null when they have none. */
  newestOf(userId: number): Promise<Address | null>;
  countOf(userId: number): Promise<number>;
  create(userId: number, address: AddressEntry): Promise<Address>;
  /** Stamps updatedAt when anything changes; null when no address of this user has this id. */
  update(userId: number, id: number, address: AddressEntry): Promise<Address | null>;
  /** Makes this address the user's only default, stamping updatedAt on each address whose flag changes. */
  makeDefault(userId: number, id: number): Promise<void>;
  delete(userId: number, id: number): Promise<void>;
  /** The default first, then newest first, ties by id descending. */
  list(userId: number, query: AddressListQuery): Promise<{ items: Address[]; total: number }>;
}
export const AddressRepository = Symbol('AddressRepository');
