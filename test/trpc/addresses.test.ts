import { TRPCClientError } from '@trpc/client';
import { expect, it } from 'vitest';
import { signUpAndLogIn } from '../support/accounts';
import { HOME } from '../support/addresses';
import { describeEachDatabase } from '../support/test-app';
import { listeningApp } from '../support/trpc-client';

describeEachDatabase('tRPC addresses.*', (kind) => {
  const suite = listeningApp(kind);

  it('serves the address book with the REST shapes and rules, and the REST codes as appCode', async () => {
    const ann = suite.server.client((await signUpAndLogIn(suite.app)).accessToken);
    const bob = suite.server.client((await signUpAndLogIn(suite.app)).accessToken);

    const home = await ann.addresses.create.mutate({ ...HOME, country: 'de', isDefault: false });
    expect(home).toMatchObject({ country: 'DE', isDefault: true, line2: null });
    const office = await ann.addresses.create.mutate({ ...HOME, name: 'Office' });
    const moved = await ann.addresses.update.mutate({ id: office.id, isDefault: true, phone: '+49 30 1' });
    expect(moved).toMatchObject({ id: office.id, isDefault: true, phone: '+49 30 1' });
    await expect(ann.addresses.byId.query({ id: home.id })).resolves.toMatchObject({ isDefault: false });
    await expect(ann.addresses.list.query()).resolves.toMatchObject({ total: 2, items: [{ id: office.id }, { id: home.id }] });
    await expect(ann.addresses.delete.mutate({ id: office.id })).resolves.toBeNull();
    await expect(ann.addresses.list.query({ pageSize: 1 })).resolves.toMatchObject({ total: 1, items: [{ id: home.id, isDefault: true }] });

    const failures = await Promise.all([
      bob.addresses.byId.query({ id: home.id }).catch((error: unknown) => error),
      bob.addresses.delete.mutate({ id: home.id }).catch((error: unknown) => error),
      ann.addresses.create.mutate({ ...HOME, country: 'XX' }).catch((error: unknown) => error),
      suite.server.client().addresses.list.query().catch((error: unknown) => error),
    ]);
    expect(failures.every((failure) => failure instanceof TRPCClientError)).toBe(true);
    expect(failures.map((failure) => (failure as TRPCClientError<never>).data)).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', httpStatus: 404, appCode: 'NOT_FOUND' }),
      expect.objectContaining({ code: 'NOT_FOUND', httpStatus: 404, appCode: 'NOT_FOUND' }),
      expect.objectContaining({ code: 'BAD_REQUEST', appCode: 'VALIDATION_FAILED', errors: [expect.objectContaining({ path: 'country' })] }),
      expect.objectContaining({ code: 'UNAUTHORIZED', httpStatus: 401, appCode: 'UNAUTHENTICATED' }),
    ]);
    await expect(ann.addresses.byId.query({ id: home.id })).resolves.toMatchObject({ id: home.id });
  });
});
