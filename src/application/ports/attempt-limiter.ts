/** Counts attempts per key within a window; a key over its limit is refused with RateLimitedError. */
export interface AttemptLimiter {
  /** Counts one attempt and throws RateLimitedError when that puts the key over its limit. */
  consume(key: string): Promise<void>;
  /** Takes back one attempt that was counted but never judged. */
  giveBack(key: string): Promise<void>;
  reset(key: string): Promise<void>;
}
/** Login and signup requests per client IP. */
export const AuthRequestLimiter = Symbol('AuthRequestLimiter');
/** Failed logins per account. */
export const FailedLoginLimiter = Symbol('FailedLoginLimiter');
/** Guest carts created per client IP. */
export const GuestCartRequestLimiter = Symbol('GuestCartRequestLimiter');
