import { z } from 'zod';
import { cartToken } from '../cart/schemas';
import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '../../domain/accounts/user';
import { text } from '../shared/text';

// Trimmed before it is judged; the format is stated for documentation, which reads the input side.
const email = z.string().trim().max(EMAIL_MAX_LENGTH).pipe(z.email()).meta({ format: 'email' });

export const signUpInput = z.object({
  email,
  password: text({ min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH, trim: false }),
  name: text({ min: 1, max: NAME_MAX_LENGTH }).nullish(),
});
export type SignUpInput = z.infer<typeof signUpInput>;

export const logInInput = z.object({
  email,
  password: text({ min: 1, max: PASSWORD_MAX_LENGTH, trim: false }),
  /** A guest cart to merge into the account's cart once the login succeeds. */
  cartToken: cartToken.optional(),
});
export type LogInInput = z.infer<typeof logInInput>;

export const refreshInput = z.object({
  refreshToken: text({ min: 1, max: 512, trim: false }),
});
export type RefreshInput = z.infer<typeof refreshInput>;

export const logOutInput = z
  .object({ refreshToken: text({ min: 1, max: 512, trim: false }).optional() })
  .prefault({});
export type LogOutInput = z.infer<typeof logOutInput>;
