import { z } from 'zod';
import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ROLES,
} from '../../domain/accounts/user';
import { id } from '../shared/ids';
import { timestamp } from '../shared/view-fields';

// Trimmed before it is judged; the format is stated for documentation, which reads the input side.
const email = z.string().trim().max(EMAIL_MAX_LENGTH).pipe(z.email()).meta({ format: 'email' });

export const signUpInput = z.object({
  email,
  password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
  name: z.string().trim().min(1).max(NAME_MAX_LENGTH).nullish(),
});
export type SignUpInput = z.infer<typeof signUpInput>;

export const logInInput = z.object({
  email,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type LogInInput = z.infer<typeof logInInput>;

export const refreshInput = z.object({
  refreshToken: z.string().min(1).max(512),
});
export type RefreshInput = z.infer<typeof refreshInput>;

export const logOutInput = z
  .object({ refreshToken: z.string().min(1).max(512).optional() })
  .prefault({});
export type LogOutInput = z.infer<typeof logOutInput>;

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

export const sessionView = z
  .object({
    accessToken: z.string(),
    refreshToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int().positive().meta({ description: "The access token's lifetime in seconds." }),
    user: userView,
  })
  .meta({ id: 'Session' });
export type SessionView = z.infer<typeof sessionView>;
