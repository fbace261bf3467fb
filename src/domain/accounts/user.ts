import { ConflictError, ValidationError } from '../shared/errors';

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

export function assertAcceptablePassword(password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw ValidationError.field(
      'password',
      `Must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long.`,
    );
  }
}

export interface User {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  passwordHash: string;
  createdAt: Date;
}

export type NewUser = Omit<User, 'id' | 'createdAt'>;

export const emailTaken = () => new ConflictError('EMAIL_TAKEN', 'This email is already registered.');
