import jwt from 'jsonwebtoken';
import { TEST_JWT_SECRET } from '../support/test-app';

const HOUR = 3600;

// Signed with the app's own key, so that its claims reach the lookups that trust them.
const signed = (claims: Record<string, unknown>) =>
  jwt.sign({ role: 'customer', jti: 'fuzz', ...claims }, TEST_JWT_SECRET, {
    algorithm: 'HS256',
    expiresIn: HOUR,
    issuer: 'storefront',
    audience: 'storefront-api',
  });

const unsigned = jwt.sign({ sub: '1', role: 'admin', jti: 'fuzz' }, '', {
  algorithm: 'none',
  expiresIn: HOUR,
  issuer: 'storefront',
  audience: 'storefront-api',
});
const otherKey = jwt.sign({ sub: '1', role: 'admin', jti: 'fuzz' }, 'x'.repeat(42), {
  algorithm: 'HS256',
  expiresIn: HOUR,
  issuer: 'storefront',
  audience: 'storefront-api',
});

/** Authorization headers of a caller without a session: malformed, forged, or signed with hostile claims. */
export const HOSTILE_AUTHORIZATIONS = [
  'Bearer',
  'Bearer ',
  'Bearer x',
  'Bearer a.b.c',
  'Bearer %00',
  `Bearer ${'a'.repeat(8_000)}`,
  'Basic Zm9vOmJhcg==',
  'Bearer x y',
  `Bearer ${unsigned}`,
  `Bearer ${otherKey}`,
  `Bearer ${signed({ sub: '999999' })}`,
  `Bearer ${signed({ sub: '2147483648' })}`,
  `Bearer ${signed({ sub: '9'.repeat(40) })}`,
  `Bearer ${signed({ sub: '1', jti: '\u0000' })}`,
  `Bearer ${signed({ sub: '1', jti: '\uD800' })}`,
  `Bearer ${signed({ sub: '1', jti: 'j'.repeat(3_000) })}`,
  `Bearer ${signed({ sub: '1', sid: '\u0000' })}`,
  `Bearer ${signed({ sub: '1', sid: 's'.repeat(3_000) })}`,
  `Bearer ${signed({ sub: '1', ver: 2 ** 53 - 1 })}`,
  `Bearer ${signed({ sub: '1', role: 'admin' })}`,
];
