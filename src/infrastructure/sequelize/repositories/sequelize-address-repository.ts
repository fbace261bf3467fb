import { Op } from 'sequelize';
import { inject, injectable } from 'tsyringe';
import type { AddressListQuery, AddressRepository } from '../../../application/ports/address-repository';
import { offsetOf } from '../../../application/shared/pagination';
import type { Address, AddressEntry } from '../../../domain/addresses/address';
import { Database } from '../database';
import { NEWEST_FIRST } from './newest-first';
import type { AddressRow } from '../models/address-model';

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

@injectable()
export class SequelizeAddressRepository implements AddressRepository {
  constructor(@inject(Database) private readonly db: Database) {}

  async findOwned(userId: number, id: number): Promise<Address | null> {
    const row = await this.db.models.Address.findOne({ where: { id, userId }, ...this.db.scope() });
    return row && toAddress(row);
  }

  async defaultOf(userId: number): Promise<Address | null> {
    const row = await this.db.models.Address.findOne({ where: { userId, isDefault: true }, ...this.db.scope() });
    return row && toAddress(row);
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
