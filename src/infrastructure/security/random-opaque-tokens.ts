import { createHash, randomBytes } from 'node:crypto';
import type { OpaqueTokens } from '../../application/ports/opaque-tokens';

/** 256-bit random tokens; only their SHA-256 is stored, so a database leak yields no usable token. */
export class RandomOpaqueTokens implements OpaqueTokens {
  create(): { value: string; digest: string } {
    const value = randomBytes(32).toString('base64url');
    return { value, digest: this.digest(value) };
  }

  digest(value: string): string {
    return createHash('sha256').update(value).digest('hex');
  }
}
