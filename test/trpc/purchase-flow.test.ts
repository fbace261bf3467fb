import { TRPCClientError } from '@trpc/client';
import { expect, it } from 'vitest';
import { PASSWORD, signInAsAdmin, uniqueEmail } from '../support/accounts';
import { describeEachDatabase } from '../support/test-app';
import { listeningApp } from '../support/trpc-client';

describeEachDatabase('the purchase flow over tRPC', (kind) => {
  const suite = listeningApp(kind);

  it('signs up, browses, fills the cart, places, views and cancels; an admin ships', async () => {
    const admin = suite.server.client((await signInAsAdmin(suite.app)).accessToken);
    const category = await admin.categories.create.mutate({ name: `Lamps ${kind.name}` });
    const lamp = await admin.products.create.mutate({ name: 'Desk lamp', price: 0.1, quantity: 10, categoryId: category.id });
    const bulb = await admin.products.create.mutate({ name: 'Bulb', price: 0.2, quantity: 10, categoryId: category.id });
    await admin.products.update.mutate({ id: bulb.id, description: 'Warm white' });

    const email = uniqueEmail();
    await suite.server.client().auth.signup.mutate({ email, password: PASSWORD });
    const session = await suite.server.client().auth.login.mutate({ email, password: PASSWORD });
    const customer = suite.server.client(session.accessToken);

    const page = await customer.products.list.query({ categoryId: category.id, sort: 'price' });
    expect(page).toMatchObject({ total: 2, items: [{ id: lamp.id }, { id: bulb.id, description: 'Warm white' }] });
    await expect(customer.products.byId.query({ id: lamp.id })).resolves.toMatchObject({ name: 'Desk lamp' });
    await expect(customer.categories.list.query()).resolves.toMatchObject({ page: 1, pageSize: 20 });

    await customer.cart.add.mutate({ productId: lamp.id, quantity: 3 });
    await customer.cart.add.mutate({ productId: bulb.id });
    await customer.cart.update.mutate({ productId: bulb.id, quantity: 1 });
    expect(await customer.cart.get.query()).toMatchObject({ totalQuantity: 4, totalPrice: 0.5 });

    const order = await customer.orders.place.mutate({ idempotencyKey: 'trpc-1' });
    expect(order).toMatchObject({ status: 'pending', totalPrice: 0.5 });
    await expect(customer.orders.place.mutate({ idempotencyKey: 'trpc-1' })).resolves.toEqual(order);
    await expect(customer.orders.byId.query({ id: order.orderId })).resolves.toEqual(order);
    expect((await customer.orders.mine.query()).items).toEqual([order]);

    const cancelled = await customer.orders.cancel.mutate({ id: order.orderId });
    expect(cancelled.status).toBe('cancelled');

    await customer.cart.add.mutate({ productId: lamp.id });
    const second = await customer.orders.place.mutate();
    await admin.orders.setStatus.mutate({ id: second.orderId, status: 'confirmed' });
    const shipped = await admin.orders.setStatus.mutate({ id: second.orderId, status: 'shipped' });
    expect(shipped.status).toBe('shipped');
    expect((await admin.orders.all.query({ status: 'shipped' })).items.map((o) => o.orderId)).toContain(second.orderId);

    await customer.cart.add.mutate({ productId: bulb.id });
    await customer.cart.remove.mutate({ productId: bulb.id });
    await admin.products.delete.mutate({ id: bulb.id });
    await expect(customer.products.byId.query({ id: bulb.id })).rejects.toBeInstanceOf(TRPCClientError);
  });

  it('gives tRPC codes with the REST codes as appCode', async () => {
    const email = uniqueEmail();
    await suite.server.client().auth.signup.mutate({ email, password: PASSWORD });
    const customer = suite.server.client((await suite.server.client().auth.login.mutate({ email, password: PASSWORD })).accessToken);

    const failures = await Promise.all([
      customer.orders.place.mutate().catch((error: unknown) => error),
      customer.orders.all.query().catch((error: unknown) => error),
      customer.orders.byId.query({ id: 999_999 }).catch((error: unknown) => error),
      customer.cart.add.mutate({ productId: 999_999 }).catch((error: unknown) => error),
      suite.server.client().cart.get.query().catch((error: unknown) => error),
    ]);
    expect(failures.map((failure) => (failure as TRPCClientError<never>).data)).toEqual([
      expect.objectContaining({ code: 'BAD_REQUEST', httpStatus: 400, appCode: 'CART_EMPTY' }),
      expect.objectContaining({ code: 'FORBIDDEN', httpStatus: 403, appCode: 'FORBIDDEN' }),
      expect.objectContaining({ code: 'NOT_FOUND', httpStatus: 404, appCode: 'NOT_FOUND' }),
      expect.objectContaining({ code: 'NOT_FOUND', httpStatus: 404, appCode: 'NOT_FOUND' }),
      expect.objectContaining({ code: 'UNAUTHORIZED', httpStatus: 401, appCode: 'UNAUTHENTICATED' }),
    ]);
  });
});
