/** The few kinds of failure the interfaces know how to answer; each maps to one HTTP status. */
export type ErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'unavailable';

/**
 * Every stable code a domain error carries, with its kind and what it tells a client. Clients
 * match on these codes, so a code, once here, never changes its meaning.
 */
export const DOMAIN_ERROR_CODES = {
  VALIDATION_FAILED: { kind: 'validation', meaning: 'The input is not valid; `errors` lists each field.' },
  CATEGORY_NOT_FOUND: { kind: 'validation', meaning: 'The `categoryId` names no category.' },
  CART_EMPTY: { kind: 'validation', meaning: 'There is nothing in the cart to order.' },
  UNAUTHENTICATED: { kind: 'unauthenticated', meaning: 'The token is missing, malformed, unknown, expired or revoked.' },
  INVALID_CREDENTIALS: { kind: 'unauthenticated', meaning: 'The email or password is wrong.' },
  FORBIDDEN: { kind: 'forbidden', meaning: 'Signed in, but not allowed to do this.' },
  NOT_FOUND: { kind: 'not_found', meaning: 'No such resource, or it belongs to someone else.' },
  CART_NOT_FOUND: { kind: 'not_found', meaning: 'The `X-Cart-Token` or `cartToken` names no guest cart: unknown, expired or merged.' },
  DISCOUNT_NOT_FOUND: { kind: 'not_found', meaning: 'No discount has this code.' },
  EMAIL_TAKEN: { kind: 'conflict', meaning: 'An account with this email exists.' },
  CATEGORY_NAME_TAKEN: { kind: 'conflict', meaning: 'A category with this name exists, whatever its case.' },
  CATEGORY_IN_USE: { kind: 'conflict', meaning: 'Products still use this category.' },
  INSUFFICIENT_STOCK: { kind: 'conflict', meaning: 'Not enough stock on hand for the quantity asked.' },
  INVALID_STATUS_TRANSITION: { kind: 'conflict', meaning: 'The order cannot move to that status from its current one.' },
  STOCK_LIMIT_REACHED: {
    kind: 'conflict',
    meaning: 'Cancelling would put a product past 1,000,000 units on hand; lower its stock first.',
  },
  ADDRESS_LIMIT_REACHED: { kind: 'conflict', meaning: 'The address book holds 50 addresses; delete one first.' },
  DISCOUNT_CODE_TAKEN: { kind: 'conflict', meaning: 'A discount with this code exists, whatever its case.' },
  DISCOUNT_IN_USE: { kind: 'conflict', meaning: 'An order used this discount; deactivate it instead.' },
  DISCOUNT_NOT_APPLICABLE: {
    kind: 'conflict',
    meaning: 'The discount code does not apply to this cart now; `reason` says why.',
  },
  PRICE_CHANGED: {
    kind: 'conflict',
    meaning: 'The total at checkout differs from `expectedTotalPrice`; the problem gives both, and nothing was ordered.',
  },
  IDEMPOTENCY_KEY_REUSED: { kind: 'conflict', meaning: 'The user already placed an order with this idempotency key.' },
  RATE_LIMITED: { kind: 'rate_limited', meaning: 'Too many attempts; `Retry-After` says when to try again.' },
  SERVICE_UNAVAILABLE: {
    kind: 'unavailable',
    meaning: 'The database cannot be reached or did not answer in time; `Retry-After` says when to try again.',
  },
} as const satisfies Record<string, { kind: ErrorKind; meaning: string }>;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_CODES;

/** The codes of one kind: `CodeOf<'conflict'>` is `'EMAIL_TAKEN' | 'CATEGORY_NAME_TAKEN' | ...`. */
export type CodeOf<K extends ErrorKind> = {
  [C in DomainErrorCode]: (typeof DOMAIN_ERROR_CODES)[C]['kind'] extends K ? C : never;
}[DomainErrorCode];
