import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachAdapter } from './adapters';

const now = new Date('2030-01-01T00:00:00.000Z');
const later = new Date('2030-01-01T00:15:00.000Z');

describeEachAdapter('AccessTokenDenylist contract', (adapters) => {
  it('remembers a revoked token and nothing else', async () => {
    const a = adapters();
    const [revoked, other] = [randomUUID(), randomUUID()];
    await a.uow.run(() => a.denylist.revoke(revoked, later, now));
    expect(await a.denylist.isRevoked(revoked)).toBe(true);
    expect(await a.denylist.isRevoked(other)).toBe(false);
  });

  it('takes the same token twice, also at once, without failing', async () => {
    const a = adapters();
    const tokenId = randomUUID();
    await Promise.all([1, 2, 3].map(() => a.uow.run(() => a.denylist.revoke(tokenId, later, now))));
    await a.uow.run(() => a.denylist.revoke(tokenId, later, now));
    expect(await a.denylist.isRevoked(tokenId)).toBe(true);
  });

  it('forgets tokens that have expired when it revokes another', async () => {
    const a = adapters();
    const [expired, current] = [randomUUID(), randomUUID()];
    await a.uow.run(() => a.denylist.revoke(expired, now, new Date(now.getTime() - 60_000)));
    await a.uow.run(() => a.denylist.revoke(current, later, new Date(now.getTime() + 1)));
    expect(await a.denylist.isRevoked(expired)).toBe(false);
    expect(await a.denylist.isRevoked(current)).toBe(true);
  });
});
