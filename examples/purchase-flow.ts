/**
 * The whole purchase flow through the typed tRPC client.
 *
 * An admin stocks the shop, a customer signs up, browses, fills the cart and places an order,
 * and the admin ships it. Every call is type-checked against the server's router: inputs and
 * results have the same shapes as the REST API.
 *
 *   ADMIN_EMAIL=boss@example.com ADMIN_PASSWORD='a long passphrase' npx tsx examples/purchase-flow.ts
 */
import { randomUUID } from 'node:crypto';
import { TRPCClientError, createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../src/interfaces/trpc';

export interface Credentials {
  email: string;
  password: string;
}

/** A client for the shop at baseUrl, signed in when given an access token. */
function connect(baseUrl: string, accessToken?: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${baseUrl}/trpc`,
        headers: () => (accessToken ? { Authorization: `Bearer ${accessToken}` } : {}),
      }),
    ],
  });
}

function adminFromEnvironment(): Credentials {
  const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = process.env;
  if (!email || !password) throw new Error('Set ADMIN_EMAIL and ADMIN_PASSWORD to the admin the server was started with.');
  return { email, password };
}

export async function main(baseUrl: string, adminCredentials: Credentials = adminFromEnvironment()) {
  const guest = connect(baseUrl);
  // Names are unique per run, so the example can run again against the same database.
  const run = Date.now().toString(36);

  // The admin stocks the shop.
  const adminSession = await guest.auth.login.mutate(adminCredentials);
  const admin = connect(baseUrl, adminSession.accessToken);
  const category = await admin.categories.create.mutate({ name: `Lamps ${run}` });
  const lamp = await admin.products.create.mutate({ name: `Desk lamp ${run}`, price: 19.99, quantity: 10, categoryId: category.id });
  console.log(`admin created "${lamp.name}" at ${lamp.price} (${lamp.quantity} in stock)`);

  // A customer signs up and logs in.
  const email = `ann.${run}@example.com`;
  const password = 'correct horse battery';
  await guest.auth.signup.mutate({ email, password, name: 'Ann' });
  const session = await guest.auth.login.mutate({ email, password });
  const customer = connect(baseUrl, session.accessToken);
  console.log(`signed up and logged in as ${session.user.email}`);

  // Browsing needs no token.
  const found = await guest.products.list.query({ q: 'desk lamp', categoryId: category.id, sort: 'price' });
  console.log(`search found ${found.total} product(s): ${found.items.map((product) => product.name).join(', ')}`);
  const product = await guest.products.byId.query({ id: lamp.id });

  await customer.cart.add.mutate({ productId: product.id, quantity: 3 });
  const cart = await customer.cart.get.query();
  console.log(`cart: ${cart.totalQuantity} item(s), ${cart.totalPrice} in total`);

  // The same idempotency key makes a retry return the first order instead of placing a second.
  const idempotencyKey = randomUUID();
  const order = await customer.orders.place.mutate({ idempotencyKey });
  const retried = await customer.orders.place.mutate({ idempotencyKey });
  console.log(`placed order #${order.orderId} (${order.status}, ${order.totalPrice}); the retry returned #${retried.orderId}`);

  // The admin confirms and ships it.
  await admin.orders.setStatus.mutate({ id: order.orderId, status: 'confirmed' });
  await admin.orders.setStatus.mutate({ id: order.orderId, status: 'shipped' });

  try {
    await customer.orders.cancel.mutate({ id: order.orderId });
  } catch (error) {
    // Errors carry tRPC's code and, as appCode, the same stable code as the REST API.
    if (!(error instanceof TRPCClientError)) throw error;
    console.log(`cancelling a shipped order is refused: ${error.data?.code} ${error.data?.appCode}`);
  }

  const shipped = await customer.orders.byId.query({ id: order.orderId });
  console.log(`order #${shipped.orderId} is ${shipped.status}`);
  return shipped;
}

if (require.main === module) {
  main(process.env.STOREFRONT_URL ?? 'http://localhost:3000').catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
