import { Op } from 'sequelize';
import { inject, injectable } from 'tsyringe';
import type { AddressListQuery, AddressRepository } from '../../../application/ports/address-repository';
import { offsetOf } from '../../../application/shared/pagination';
import type { Address, AddressEntry } from '../../../domain/addresses/address';
import { Database } from '../database';
import { NEWEST_FIRST } from './newest-first';
import type { AddressRow } from '../models/address-model';
import { type Flag, type Timestamp, timeOf } from './columns';

const toAddress = (row: AddressRow): Address => ({
  id: row.id,
  userId: row.userId,
  name: row.name,
  line1: row.line1,
  line2: row.line2,
  city: row.city,
  region: row.region,
  postalCode: row.postalCode,
  country: row.country,
  phone: row.phone,
  isDefault: row.isDefault,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

// Checkout reads the address it ships to in every transaction: sent as written.
interface AddressColumns {
  id: number;
  user_id: number;
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postal_code: string;
  country: string;
  phone: string | null;
  is_default: Flag;
  created_at: Timestamp;
  updated_at: Timestamp;
}

const SELECT_ADDRESSES = `SELECT id, user_id, name, line1, line2, city, region, postal_code, country, phone, is_default,
  created_at, updated_at
FROM addresses`;

const fromColumns = (row: AddressColumns): Address => ({
  id: row.id,
  userId: row.user_id,
  name: row.name,
  line1: row.line1,
  line2: row.line2,
  city: row.city,
  region: row.region,
  postalCode: row.postal_code,
  country: row.country,
  phone: row.phone,
  isDefault: Boolean(row.is_default),
  createdAt: timeOf(row.created_at),
  updatedAt: timeOf(row.updated_at),
});

@injectable()
export class SequelizeAddressRepository implements AddressRepository {
  constructor(@inject(Database) private readonly db: Database) {}

  async findOwned(userId: number, id: number): Promise<Address | null> {
    const [row] = await this.db.sql.select<AddressColumns>(`${SELECT_ADDRESSES} WHERE id = ? AND user_id = ?`, [id, userId]);
    return row ? fromColumns(row) : null;
  }

  async defaultOf(userId: number): Promise<Address | null> {
    const [row] = await this.db.sql.select<AddressColumns>(`${SELECT_ADDRESSES} WHERE user_id = ? AND is_default = ? LIMIT 1`, [
      userId,
      true,
    ]);
    return row ? fromColumns(row) : null;
  }

  async newestOf(userId: number): Promise<Address | null> {
    const row = await this.db.models.Address.findOne({ where: { userId }, order: NEWEST_FIRST, ...this.db.scope() });
    return row && toAddress(row);
  }

  countOf(userId: number): Promise<number> {
    return this.db.models.Address.count({ where: { userId }, ...this.db.scope() });
  }

  async create(userId: number, entry: AddressEntry): Promise<Address> {
    return toAddress(await this.db.models.Address.create({ ...entry, userId }, this.db.scope()));
  }

  async update(userId: number, id: number, entry: AddressEntry): Promise<Address | null> {
    const row = await this.db.models.Address.findOne({ where: { id, userId }, ...this.db.scope() });
    if (!row) return null;
    await row.update(entry, this.db.scope());
    return toAddress(row);
  }

  async makeDefault(userId: number, id: number): Promise<void> {
    const model = this.db.models.Address;
    await model.update({ isDefault: false }, { where: { userId, isDefault: true, id: { [Op.ne]: id } }, ...this.db.scope() });
    await model.update({ isDefault: true }, { where: { userId, isDefault: false, id }, ...this.db.scope() });
  }

  async delete(userId: number, id: number): Promise<void> {
    await this.db.models.Address.destroy({ where: { id, userId }, ...this.db.scope() });
  }

  async list(userId: number, query: AddressListQuery): Promise<{ items: Address[]; total: number }> {
    const { rows, count } = await this.db.models.Address.findAndCountAll({
      where: { userId },
      order: [['isDefault', 'DESC'], ...NEWEST_FIRST],
      limit: query.pageSize,
      offset: offsetOf(query),
      ...this.db.scope(),
    });
    return { items: rows.map(toAddress), total: count };
  }
}
