import type { UserRepository } from '../../application/ports/user-repository';
import type { NewUser, Role, User } from '../../domain/accounts/user';
import { ConflictError } from '../../domain/shared/errors';

export class InMemoryUserRepository implements UserRepository {
  private readonly users = new Map<number, User>();
  private nextId = 1;

  async findById(id: number): Promise<User | null> {
    return this.copy(this.users.get(id));
  }

  async findByEmail(email: string): Promise<User | null> {
    return this.copy([...this.users.values()].find((user) => user.email === email));
  }

  async create(user: NewUser): Promise<User> {
    if ([...this.users.values()].some((existing) => existing.email === user.email)) {
      throw new ConflictError('EMAIL_TAKEN', 'This email is already registered.');
    }
    const created = { ...user, id: this.nextId++, createdAt: new Date() };
    this.users.set(created.id, created);
    return { ...created };
  }

  async updateCredentials(id: number, changes: { role: Role; passwordHash: string }): Promise<void> {
    const user = this.users.get(id);
    if (user) this.users.set(id, { ...user, ...changes });
  }

  async lock(): Promise<void> {}

  async delete(id: number): Promise<void> {
    this.users.delete(id);
  }

  private copy(user: User | undefined): User | null {
    return user ? { ...user } : null;
  }
}
