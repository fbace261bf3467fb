import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { UnauthenticatedError } from '../../domain/shared/errors';
import { JwtAccessTokens } from './jwt-access-tokens';

const settings = { secret: 's'.repeat(32), issuer: 'storefront', audience: 'storefront-api', ttlSeconds: 900 };
const tokens = new JwtAccessTokens(settings);
const now = () => Math.floor(Date.now() / 1000);
const forge = (payload: object, options: jwt.SignOptions = {}, secret = settings.secret) =>
  jwt.sign(payload, secret, { algorithm: 'HS256', ...options });
const valid = { sub: '7', role: 'customer', jti: 'j1', iss: 'storefront', aud: 'storefront-api', sid: 'family-1', ver: 0 };
const SESSION = { id: 'family-1', version: 2 };

describe('JwtAccessTokens', () => {
  it('round-trips the user, role, session, token id and expiry', () => {
    const { token, expiresInSeconds } = tokens.issue(7, 'admin', SESSION);
    const claims = tokens.verify(token);
    expect(expiresInSeconds).toBe(900);
    expect(claims).toMatchObject({ userId: 7, role: 'admin', session: SESSION });
    expect(claims.tokenId).toMatch(/^[0-9a-f-]{36}$/);
    expect(claims.expiresAt.getTime() / 1000).toBeCloseTo(now() + 900, -1);
  });

  it('carries the registered claims of the contract', () => {
    const decoded = jwt.decode(tokens.issue(3, 'customer', SESSION).token, { complete: true })!;
    expect(decoded.header.alg).toBe('HS256');
    expect(Object.keys(decoded.payload as object).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'jti', 'role', 'sid', 'sub', 'ver']);
  });

  it.each([
    ['an unsigned token', jwt.sign({ ...valid, exp: now() + 60 }, '', { algorithm: 'none' })],
    ['another algorithm', forge({ ...valid, exp: now() + 60 }, { algorithm: 'HS512' })],
    ['another key', forge({ ...valid, exp: now() + 60 }, {}, 'x'.repeat(32))],
    ['a wrong issuer', forge({ ...valid, iss: 'evil', exp: now() + 60 })],
    ['a wrong audience', forge({ ...valid, aud: 'other', exp: now() + 60 })],
    ['no expiry', forge(valid)],
    ['a past expiry', forge({ ...valid, exp: now() - 10 })],
    ['no subject', forge({ ...valid, sub: undefined, exp: now() + 60 })],
    ['a subject past any stored id', forge({ ...valid, sub: '2147483648', exp: now() + 60 })],
    ['no token id', forge({ ...valid, jti: undefined, exp: now() + 60 })],
    ['an unknown role', forge({ ...valid, role: 'root', exp: now() + 60 })],
    ['a session that is not text', forge({ ...valid, sid: 42, exp: now() + 60 })],
    ['a token id with a NUL', forge({ ...valid, jti: 'a\u0000b', exp: now() + 60 })],
    ['a token id longer than any issued', forge({ ...valid, jti: 'j'.repeat(65), exp: now() + 60 })],
    ['a session version that is not a number', forge({ ...valid, ver: 'one', exp: now() + 60 })],
    ['garbage', 'not.a.jwt'],
  ])('refuses %s', (_, token) => {
    expect(() => tokens.verify(token)).toThrow(UnauthenticatedError);
  });
});
