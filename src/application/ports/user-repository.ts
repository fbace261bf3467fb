import type { NewUser, Role, User } from '../../domain/accounts/user';

export interface UserRepository {
  findById(id: number): Promise<User | null>;
  findByEmail(email: string): Promise<User | null>;
  /** Throws ConflictError EMAIL_TAKEN when the email is in use. */
  create(user: NewUser): Promise<User>;
  /** Sets the role and password hash and moves the session version on, ending every session. */
  updateCredentials(id: number, changes: { role: Role; passwordHash: string }): Promise<void>;
  /** Takes a write lock on the user until the transaction ends, serialising their writes. */
  lock(id: number): Promise<void>;
}
export const UserRepository = Symbol('UserRepository');
