import type { UserRepository } from '../../src/application/ports/user-repository';
import { emailTaken, type NewUser, type Role, type User } from '../../src/domain/accounts/user';

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
      throw emailTaken();
    }
    const created = { ...user, id: this.nextId++, sessionVersion: 0, createdAt: new Date() };
    this.users.set(created.id, created);
    return { ...created };
  }

  async updateCredentials(id: number, changes: { role: Role; passwordHash: string }): Promise<void> {
    const user = this.users.get(id);
    if (user) this.users.set(id, { ...user, ...changes, sessionVersion: user.sessionVersion + 1 });
  }

  async lock(): Promise<void> {}

  async delete(id: number): Promise<void> {
    this.users.delete(id);
  }

  private copy(user: User | undefined): User | null {
    return user ? { ...user } : null;
  }
}
