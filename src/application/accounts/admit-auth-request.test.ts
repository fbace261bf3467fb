import { describe, expect, it } from 'vitest';
import { RateLimitedError } from '../../domain/shared/errors';
import { accountsFixture } from '../../../test/fixtures/accounts';

describe('AdmitAuthRequest', () => {
  it('admits a client up to its limit, then refuses it while others still pass', async () => {
    const { admit } = await accountsFixture({ perIp: 2, failures: 3 });
    const client = { ip: '203.0.113.9' };
    await admit.execute(client);
    await admit.execute(client);
    await expect(admit.execute(client)).rejects.toBeInstanceOf(RateLimitedError);
    await expect(admit.execute({ ip: '198.51.100.1' })).resolves.toBeUndefined();
  });
});
