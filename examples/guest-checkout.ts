/**
 * A guest becomes a customer and checks out, through the typed tRPC client.
 *
 * A visitor without an account fills a guest cart and applies a discount code, then signs up and
 * logs in with the cart's token, which merges the guest cart into the account. The customer adds
 * an address and places the order with the total they saw, so a price that changed in between
 * would stop the order instead of charging a different amount.
 *
 *   ADMIN_EMAIL=boss@example.com ADMIN_PASSWORD='a long passphrase' npx tsx examples/guest-checkout.ts
 */
import { randomUUID } from 'node:crypto';
import { TRPCClientError, createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../src/interfaces/trpc';
import type { Credentials } from './purchase-flow';

/** A client for the shop at baseUrl: signed in with an access token, or holding a guest cart's token, or neither. */
function connect(baseUrl: string, who: { accessToken?: string; cartToken?: string } = {}) {
  const headers: Record<string, string> = {};
  if (who.accessToken) headers.Authorization = `Bearer ${who.accessToken}`;
  if (who.cartToken) headers['X-Cart-Token'] = who.cartToken;
  return createTRPCClient<AppRouter>({ links: [httpLink({ url: `${baseUrl}/trpc`, headers: () => headers })] });
}

function adminFromEnvironment(): Credentials {
  const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = process.env;
  if (!email || !password) throw new Error('Set ADMIN_EMAIL and ADMIN_PASSWORD to the admin the server was started with.');
  return { email, password };
}

/** Runs a call that the server should refuse, and returns the stable code and details of the refusal. */
async function refusal(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return error.data as Record<string, unknown>;
    throw error;
  }
  throw new Error('The call was expected to fail.');
}

export async function main(baseUrl: string, adminCredentials: Credentials = adminFromEnvironment()) {
  const visitor = connect(baseUrl);
  // Names and codes are unique per run, so the example can run again against the same database.
  const run = Date.now().toString(36);

  // The admin stocks a mug and creates a code for 15% off, once per customer.
  const adminSession = await visitor.auth.login.mutate(adminCredentials);
  const admin = connect(baseUrl, { accessToken: adminSession.accessToken });
  const category = await admin.categories.create.mutate({ name: `Mugs ${run}` });
  const mug = await admin.products.create.mutate({ name: `Stoneware mug ${run}`, price: 12.5, quantity: 20, categoryId: category.id });
  const discount = await admin.discounts.create.mutate({ code: `spring15-${run}`, kind: 'percent', value: 15, perCustomerLimit: 1 });
  console.log(`admin created "${mug.name}" at ${mug.price} and the code ${discount.code} (${discount.value}% off)`);

  // A visitor starts a guest cart: every cart call that carries its token works on that cart.
  const { cartToken } = await visitor.cart.createGuest.mutate();
  const guest = connect(baseUrl, { cartToken });
  await guest.cart.add.mutate({ productId: mug.id, quantity: 3 });
  // Codes are matched whatever their case.
  const guestCart = await guest.cart.applyDiscount.mutate({ code: discount.code.toLowerCase() });
  console.log(
    `guest cart: ${guestCart.totalQuantity} item(s), subtotal ${guestCart.subtotalPrice}, ` +
      `${guestCart.discount?.code} takes off ${guestCart.discount?.amount}, total ${guestCart.totalPrice}`,
  );

  // The visitor signs up; logging in with the cart's token merges the guest cart, code included.
  const email = `bea.${run}@example.com`;
  const password = 'correct horse battery';
  await visitor.auth.signup.mutate({ email, password, name: 'Bea' });
  const session = await visitor.auth.login.mutate({ email, password, cartToken });
  const customer = connect(baseUrl, { accessToken: session.accessToken });
  const cart = await customer.cart.get.query();
  console.log(`logged in as ${session.user.email}; the cart holds ${cart.totalQuantity} item(s) with ${cart.discount?.code}, total ${cart.totalPrice}`);

  // The first address is the default; an order without an address ships there.
  const home = await customer.addresses.create.mutate({ name: 'Bea Example', line1: '12 Harbour Road', city: 'Hamburg', postalCode: '20457', country: 'de' });
  console.log(`address #${home.id} in ${home.city}, ${home.country} is the default: ${home.isDefault}`);

  // expectedTotalPrice is the total the customer saw; any other total at checkout orders nothing.
  // Sending the subtotal by mistake is refused, and the problem names both amounts.
  const stale = await refusal(customer.orders.place.mutate({ expectedTotalPrice: cart.subtotalPrice }));
  console.log(`ordering at ${stale.expectedTotalPrice} is refused: ${stale.appCode}, the total is ${stale.totalPrice}`);

  const order = await customer.orders.place.mutate({ idempotencyKey: randomUUID(), expectedTotalPrice: cart.totalPrice });
  console.log(
    `placed order #${order.orderId}: subtotal ${order.subtotalPrice}, ${order.discountCode} took off ${order.discountAmount}, ` +
      `total ${order.totalPrice}, ships to ${order.shippingAddress?.city}`,
  );

  // The code allowed one use per customer, and it is used now.
  await customer.cart.add.mutate({ productId: mug.id });
  const usedUp = await refusal(customer.cart.applyDiscount.mutate({ code: discount.code }));
  console.log(`applying ${discount.code} again is refused: ${usedUp.appCode} ${usedUp.reason}`);
  return order;
}

if (require.main === module) {
  main(process.env.STOREFRONT_URL ?? 'http://localhost:3000').catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
