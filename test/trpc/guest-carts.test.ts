import { TRPCClientError } from '@trpc/client';
import { expect, it } from 'vitest';
import { PASSWORD, signInAsAdmin, signUpAndLogIn, uniqueEmail } from '../support/accounts';
import { createProduct } from '../support/catalog';
import { describeEachDatabase } from '../support/test-app';
import { listeningApp } from '../support/trpc-client';

describeEachDatabase('tRPC guest carts', (kind) => {
  const suite = listeningApp(kind);

  it('reach a guest cart through X-Cart-Token and merge it at login or with cart.merge', async () => {
    const admin = await signInAsAdmin(suite.app);
    const lamp = await createProduct(suite.app, admin, { price: 4.5, quantity: 10 });
    const anonymous = suite.server.client();

    const { cartToken, cart } = await anonymous.cart.createGuest.mutate();
    expect(cart).toEqual({ items: [], totalQuantity: 0, subtotalPrice: 0, discount: null, totalPrice: 0 });
    const guest = suite.server.client(undefined, { 'X-Cart-Token': cartToken });
    await guest.cart.add.mutate({ productId: lamp.id, quantity: 2 });
    await guest.cart.update.mutate({ productId: lamp.id, quantity: 3 });
    await expect(guest.cart.get.query()).resolves.toMatchObject({ totalQuantity: 3, totalPrice: 13.5 });

    const customer = await signUpAndLogIn(suite.app);
    const signedIn = suite.server.client(customer.accessToken);
    await expect(signedIn.cart.merge.mutate({ cartToken })).resolves.toMatchObject({ items: [{ productId: lamp.id, quantity: 3 }] });

    const failures = await Promise.all([
      guest.cart.get.query().catch((error: unknown) => error),
      signedIn.cart.merge.mutate({ cartToken }).catch((error: unknown) => error),
      anonymous.cart.get.query().catch((error: unknown) => error),
    ]);
    expect(failures.every((failure) => failure instanceof TRPCClientError)).toBe(true);
    expect(failures.map((failure) => (failure as TRPCClientError<never>).data)).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', httpStatus: 404, appCode: 'CART_NOT_FOUND' }),
      expect.objectContaining({ code: 'NOT_FOUND', httpStatus: 404, appCode: 'CART_NOT_FOUND' }),
      expect.objectContaining({ code: 'UNAUTHORIZED', httpStatus: 401, appCode: 'UNAUTHENTICATED' }),
    ]);

    const second = await anonymous.cart.createGuest.mutate();
    await suite.server.client(undefined, { 'X-Cart-Token': second.cartToken }).cart.add.mutate({ productId: lamp.id });
    const email = uniqueEmail();
    await anonymous.auth.signup.mutate({ email, password: PASSWORD });
    const session = await anonymous.auth.login.mutate({ email, password: PASSWORD, cartToken: second.cartToken });
    await expect(suite.server.client(session.accessToken).cart.get.query()).resolves.toMatchObject({ totalQuantity: 1 });
  });
});
