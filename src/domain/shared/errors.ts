import { type CodeOf, type DomainErrorCode, type ErrorKind } from './error-codes';

export type { ErrorKind };

export interface FieldError {
  path: string;
  message: string;
}

/** Members a client reads beside the code, such as the `reason` a discount does not apply. */
export type ErrorExtensions = Record<string, string | number | null>;

export abstract class DomainError extends Error {
  abstract readonly kind: ErrorKind;

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly extensions?: ErrorExtensions,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  readonly kind = 'validation';

  constructor(
    readonly errors: FieldError[],
    code: CodeOf<'validation'> = 'VALIDATION_FAILED',
    message = 'The request is not valid.',
  ) {
    super(code, message);
  }

  static field(path: string, message: string): ValidationError {
    return new ValidationError([{ path, message }]);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly kind = 'unauthenticated';

  constructor(message = 'A valid access token is required.', code: CodeOf<'unauthenticated'> = 'UNAUTHENTICATED') {
    super(code, message);
  }
}

export class InvalidCredentialsError extends UnauthenticatedError {
  constructor() {
    super('The email or password is wrong.', 'INVALID_CREDENTIALS');
  }
}

export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';

  constructor(message = 'You are not allowed to do this.') {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends DomainError {
  readonly kind = 'not_found';

  constructor(what: string, code: CodeOf<'not_found'> = 'NOT_FOUND') {
    super(code, `${what} was not found.`);
  }
}

export class ConflictError extends DomainError {
  readonly kind = 'conflict';

  constructor(code: CodeOf<'conflict'>, message: string, extensions?: ErrorExtensions) {
    super(code, message, extensions);
  }
}

/** The failure to reach what the shop keeps its data in; nothing was decided, so a retry may work. */
export class ServiceUnavailableError extends DomainError {
  readonly kind = 'unavailable';
  // A database that went away is usually back within seconds, and clients should not hammer it meanwhile.
  readonly retryAfterSeconds = 5;

  constructor(options?: { cause: unknown }) {
    super('SERVICE_UNAVAILABLE', 'The service cannot reach its database; try again shortly.');
    if (options) this.cause = options.cause;
  }
}

export class RateLimitedError extends DomainError {
  readonly kind = 'rate_limited';

  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', 'Too many attempts; try again later.');
  }
}
