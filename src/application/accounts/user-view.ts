import { z } from 'zod';
import { ROLES, type User } from '../../domain/accounts/user';
import { id } from '../shared/ids';
import { timestamp } from '../shared/view-fields';

export const userView = z
  .object({
    id: id,
    email: z.string(),
    name: z.string().nullable(),
    role: z.enum(ROLES),
    createdAt: timestamp,
  })
  .meta({ id: 'User' });
export type UserView = z.infer<typeof userView>;

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    createdAt: user.createdAt.toISOString(),
  };
}
