import { ConflictError, ValidationError } from '../shared/errors';
import { characterCount, isStorableText } from '../shared/text';

export const ROLES = ['customer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const EMAIL_MAX_LENGTH = 254;
export const NAME_MAX_LENGTH = 200;
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Emails are trimmed and compared case-insensitively, so they are kept in one canonical form. */
export function normalizeEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (email.length > EMAIL_MAX_LENGTH || !EMAIL_SHAPE.test(email)) {
    throw ValidationError.field('email', 'Must be a valid email address.');
  }
  return email;
}

/** Passwords are compared in Unicode NFC, so one password typed on two keyboards stays one password. */
export function normalizePassword(raw: string): string {
  return raw.normalize('NFC');
}

/** A password fit to be set, normalized: 8 to 128 characters, none of them NUL or a lone surrogate. */
export function acceptablePassword(raw: string): string {
  const password = normalizePassword(raw);
  const length = characterCount(password);
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH || !isStorableText(password)) {
    throw ValidationError.field(
      'password',
      `Must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long.`,
    );
  }
  return password;
}

export interface User {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  passwordHash: string;
  /** Moves on with every change of credentials; a token issued under an earlier one is void. */
  sessionVersion: number;
  createdAt: Date;
}

export type NewUser = Omit<User, 'id' | 'createdAt' | 'sessionVersion'>;

export const emailTaken = () => new ConflictError('EMAIL_TAKEN', 'This email is already registered.');
