import { randomBytes, randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { NewRefreshToken } from '../../src/application/ports/refresh-token-repository';
import { type Adapters, describeEachAdapter } from './adapters';
import { createUser } from './builders';

const expiresAt = new Date('2099-01-01T00:00:00.000Z');
const usedAt = new Date('2030-02-03T04:05:06.789Z');
const revokedAt = new Date('2030-03-04T05:06:07.891Z');

async function issue(a: Adapters, userId: number, familyId = randomUUID()) {
  const token: NewRefreshToken = { userId, familyId, digest: randomBytes(32).toString('hex'), expiresAt };
  await a.uow.run(() => a.refreshTokens.create(token));
  const stored = await a.refreshTokens.findByDigest(token.digest);
  if (!stored) throw new Error('The token just created was not found');
  return { token: stored, digest: token.digest };
}

describeEachAdapter('RefreshTokenRepository contract', (adapters) => {
  it('finds a created token by its digest, unused and unrevoked, without the digest', async () => {
    const a = adapters();
    const user = await createUser(a);
    const familyId = randomUUID();
    const digest = randomBytes(32).toString('hex');

    await a.uow.run(() => a.refreshTokens.create({ userId: user.id, familyId, digest, expiresAt }));

    expect(await a.refreshTokens.findByDigest(digest)).toEqual({
      id: expect.any(Number),
      userId: user.id,
      familyId,
      expiresAt,
      usedAt: null,
      revokedAt: null,
    });
  });

  it('answers null for an unknown digest', async () => {
    const a = adapters();
    expect(await a.refreshTokens.findByDigest(randomBytes(32).toString('hex'))).toBeNull();
  });

  it('marks a token used once: true the first time, false after, keeping the first time', async () => {
    const a = adapters();
    const { token, digest } = await issue(a, (await createUser(a)).id);

    expect(await a.uow.run(() => a.refreshTokens.markUsed(token.id, usedAt))).toBe(true);
    expect(await a.uow.run(() => a.refreshTokens.markUsed(token.id, revokedAt))).toBe(false);
    expect(await a.refreshTokens.findByDigest(digest)).toEqual({ ...token, usedAt });
  });

  it('marks only the given token used', async () => {
    const a = adapters();
    const user = await createUser(a);
    const [used, sibling] = [await issue(a, user.id), await issue(a, user.id)];

    await a.uow.run(() => a.refreshTokens.markUsed(used.token.id, usedAt));

    expect((await a.refreshTokens.findByDigest(sibling.digest))?.usedAt).toBeNull();
  });

  it('answers false when marking an unknown token used', async () => {
    const a = adapters();
    expect(await a.uow.run(() => a.refreshTokens.markUsed(987_654, usedAt))).toBe(false);
  });

  it('revokes every token of the family and no other', async () => {
    const a = adapters();
    const user = await createUser(a);
    const familyId = randomUUID();
    const [first, second] = [await issue(a, user.id, familyId), await issue(a, user.id, familyId)];
    const other = await issue(a, user.id);

    await a.uow.run(() => a.refreshTokens.revokeFamily(familyId, revokedAt));

    expect((await a.refreshTokens.findByDigest(first.digest))?.revokedAt).toEqual(revokedAt);
    expect((await a.refreshTokens.findByDigest(second.digest))?.revokedAt).toEqual(revokedAt);
    expect((await a.refreshTokens.findByDigest(other.digest))?.revokedAt).toBeNull();
  });

  it('revokes every family of one user and no other user', async () => {
    const a = adapters();
    const [user, other] = [await createUser(a), await createUser(a)];
    const [first, second, others] = [await issue(a, user.id), await issue(a, user.id), await issue(a, other.id)];

    await a.uow.run(() => a.refreshTokens.revokeAllOfUser(user.id, revokedAt));

    expect((await a.refreshTokens.findByDigest(first.digest))?.revokedAt).toEqual(revokedAt);
    expect((await a.refreshTokens.findByDigest(second.digest))?.revokedAt).toEqual(revokedAt);
    expect((await a.refreshTokens.findByDigest(others.digest))?.revokedAt).toBeNull();
  });

  it('keeps the first revocation time when a family is revoked again', async () => {
    const a = adapters();
    const { token, digest } = await issue(a, (await createUser(a)).id);

    await a.uow.run(() => a.refreshTokens.revokeFamily(token.familyId, revokedAt));
    await a.uow.run(() => a.refreshTokens.revokeFamily(token.familyId, new Date('2031-01-01T00:00:00Z')));

    expect((await a.refreshTokens.findByDigest(digest))?.revokedAt).toEqual(revokedAt);
  });
});
