import type { Role } from '../../domain/accounts/user';
import { ForbiddenError } from '../../domain/shared/errors';

/** The authenticated caller of a use case, as proven by their access token. */
export interface Actor {
  userId: number;
  role: Role;
  tokenId: string;
  tokenExpiresAt: Date;
  /** The session (refresh-token family) the access token belongs to. */
  sessionId?: string;
}

export function assertAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new ForbiddenError('Only an admin may do this.');
}

export function isAdmin(actor: Actor): boolean {
  return actor.role === 'admin';
}
