import { availableParallelism } from 'node:os';
import argon2 from 'argon2';
import pLimit from 'p-limit';
import type { PasswordHasher } from '../../application/ports/password-hasher';

/** OWASP's minimum for argon2id: 19 MiB of memory, 2 iterations, 1 lane. */
const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * Hashes at most one password fewer at a time than there are cores: hashing is made to be
 * costly, and a burst of logins on every core would starve the requests that only read.
 * Logins beyond that wait their turn.
 */
export class Argon2PasswordHasher implements PasswordHasher {
  private readonly hashing = pLimit(Math.max(1, availableParallelism() - 1));

  hash(password: string): Promise<string> {
    return this.hashing(() => argon2.hash(password, ARGON2_OPTIONS));
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await this.hashing(() => argon2.verify(hash, password));
    } catch {
      return false;
    }
  }
}
