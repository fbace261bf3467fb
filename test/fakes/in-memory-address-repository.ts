import type { AddressListQuery, AddressRepository } from '../../src/application/ports/address-repository';
import type { Clock } from '../../src/application/ports/clock';
import { offsetOf } from '../../src/application/shared/pagination';
import type { Address, AddressEntry } from '../../src/domain/addresses/address';
import { SystemClock } from '../../src/infrastructure/system-clock';

export class InMemoryAddressRepository implements AddressRepository {
  private readonly addresses = new Map<number, Address>();
  private nextId = 1;

  constructor(private readonly clock: Clock = new SystemClock()) {}

  async findOwned(userId: number, id: number): Promise<Address | null> {
    const address = this.addresses.get(id);
    return address?.userId === userId ? copy(address) : null;
  }

  async defaultOf(userId: number): Promise<Address | null> {
    const found = this.bookOf(userId).find((address) => address.isDefault);
    return found ? copy(found) : null;
  }

  async newestOf(userId: number): Promise<Address | null> {
    const [newest] = this.bookOf(userId).sort(newestFirst);
    return newest ? copy(newest) : null;
  }

  async countOf(userId: number): Promise<number> {
    return this.bookOf(userId).length;
  }

  async create(userId: number, entry: AddressEntry): Promise<Address> {
    const now = this.clock.now();
    const address = { ...entry, id: this.nextId++, userId, createdAt: now, updatedAt: now };
    this.addresses.set(address.id, address);
    return copy(address);
  }

  async update(userId: number, id: number, entry: AddressEntry): Promise<Address | null> {
    const current = this.addresses.get(id);
    if (current?.userId !== userId) return null;
    const changed = (Object.keys(entry) as (keyof AddressEntry)[]).some((field) => entry[field] !== current[field]);
    const address = changed ? { ...current, ...entry, updatedAt: this.clock.now() } : current;
    this.addresses.set(id, address);
    return copy(address);
  }

  async makeDefault(userId: number, id: number): Promise<void> {
    for (const address of this.bookOf(userId)) {
      const isDefault = address.id === id;
      if (address.isDefault !== isDefault) {
        this.addresses.set(address.id, { ...address, isDefault, updatedAt: this.clock.now() });
      }
    }
  }

  async delete(userId: number, id: number): Promise<void> {
    if (this.addresses.get(id)?.userId === userId) this.addresses.delete(id);
  }

  async list(userId: number, query: AddressListQuery): Promise<{ items: Address[]; total: number }> {
    const sorted = this.bookOf(userId).sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || newestFirst(a, b));
    const start = offsetOf(query);
    return { items: sorted.slice(start, start + query.pageSize).map(copy), total: sorted.length };
  }

  private bookOf(userId: number): Address[] {
    return [...this.addresses.values()].filter((address) => address.userId === userId);
  }
}

function newestFirst(a: Address, b: Address): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id;
}

function copy(address: Address): Address {
  return { ...address, createdAt: new Date(address.createdAt), updatedAt: new Date(address.updatedAt) };
}
