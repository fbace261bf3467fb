import { inject, injectable } from 'tsyringe';
import type { UserRepository } from '../../../application/ports/user-repository';
import { emailTaken, type NewUser, type Role, type User } from '../../../domain/accounts/user';
import { Database } from '../database';
import { isUniqueViolation } from '../driver-errors';
import type { UserRow } from '../models/user-model';
import { type Timestamp, timeOf } from './columns';

const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  passwordHash: row.passwordHash,
  sessionVersion: row.sessionVersion,
  createdAt: row.createdAt,
});

interface UserColumns {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  password_hash: string;
  session_version: number;
  created_at: Timestamp;
}

const fromColumns = (row: UserColumns): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  passwordHash: row.password_hash,
  sessionVersion: row.session_version,
  createdAt: timeOf(row.created_at),
});

@injectable()
export class SequelizeUserRepository implements UserRepository {
  constructor(@inject(Database) private readonly db: Database) {}

  /** Every authenticated request reads its user, so the statement is written by hand and sent on a read connection. */
  async findById(id: number): Promise<User | null> {
    const [row] = await this.db.reader.select<UserColumns>(
      'SELECT id, email, name, role, password_hash, session_version, created_at FROM users WHERE id = ?',
      [id],
    );
    return row ? fromColumns(row) : null;
  }

  async findByEmail(email: string): Promise<User | null> {
    const row = await this.db.models.User.findOne({ where: { email }, ...this.db.scope() });
    return row && toUser(row);
  }

  async create(user: NewUser): Promise<User> {
    try {
      return toUser(await this.db.models.User.create(user, this.db.scope()));
    } catch (error) {
      if (isUniqueViolation(error)) throw emailTaken();
      throw error;
    }
  }

  async updateCredentials(id: number, changes: { role: Role; passwordHash: string }): Promise<void> {
    const sessionVersion = this.db.sequelize.literal('session_version + 1') as unknown as number;
    await this.db.models.User.update({ ...changes, sessionVersion }, { where: { id }, ...this.db.scope() });
  }

  async lock(id: number): Promise<void> {
    await this.db.sql.select(`SELECT id FROM users WHERE id = ?${this.db.forUpdate()}`, [id]);
  }
}
