import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NamedOperation } from '../../src/interfaces/operation';
import { PASSWORD, type SignedIn, logIn, signInAsAdmin, signUpAndLogIn, uniqueEmail } from '../support/accounts';
import { createCategory, createProduct } from '../support/catalog';
import { fillCart } from '../support/orders';
import type { DatabaseKind } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';
import type { Known } from './input-arbitraries';
import { type Connection, type WireResponse, connectTo, jsonOf } from './send';

export type Role = 'anonymous' | 'customer' | 'admin';
export const ROLES: Role[] = ['anonymous', 'customer', 'admin'];

const STOCKED_PRODUCTS = 3;
const LOW_STOCK = 20;

/**
 * The app under fuzz, with a category, a few products in stock, a customer with a cart line
 * and a pending order, so that fuzzed writes find something to change.
 */
export class FuzzWorld {
  readonly known: Known;
  private stocked: number[] = [];
  private categoryId = 0;
  private pendingOrderId = 0;

  private constructor(
    readonly app: TestApp,
    private readonly server: Server,
    readonly connection: Connection,
    private readonly sessions: Record<Exclude<Role, 'anonymous'>, SignedIn>,
    fuzzAccount: SignedIn,
  ) {
    this.known = {
      ids: { products: [], categories: [], orders: [], users: [sessions.customer.userId, sessions.admin.userId] },
      emails: [fuzzAccount.email, 'nobody@shop.test'],
      passwords: [PASSWORD],
      refreshTokens: [fuzzAccount.refreshToken],
    };
  }

  static async start(kind: DatabaseKind): Promise<FuzzWorld> {
    const app = await startTestApp(kind);
    const server = app.application.app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    const connection = connectTo((server.address() as AddressInfo).port);
    const sessions = { admin: await signInAsAdmin(app), customer: await signUpAndLogIn(app) };
    // Its email and refresh token are offered to the fuzzer, which may lock it out or revoke it.
    const fuzzAccount = await signUpAndLogIn(app, uniqueEmail('fuzz'));
    const world = new FuzzWorld(app, server, connection, sessions, fuzzAccount);
    await world.replenish();
    return world;
  }

  tokenOf(role: Role): string | undefined {
    return role === 'anonymous' ? undefined : this.sessions[role].accessToken;
  }

  private remember(group: string, id: unknown): void {
    const ids = (this.known.ids[group] ??= []);
    if (typeof id === 'number' && !ids.includes(id)) ids.push(id);
  }

  /** Learns the ids of what a fuzzed call created, and signs in again when a call ended a session. */
  async afterAnswer(role: Role, operation: NamedOperation, response: WireResponse, tRPC: boolean): Promise<void> {
    if (response.status < 300) {
      const body = jsonOf(response) as { id?: unknown; orderId?: unknown; result?: { data?: unknown } } | undefined;
      const view = (tRPC ? body?.result?.data : body) as { id?: unknown; orderId?: unknown } | null | undefined;
      this.remember(operation.group, view?.id ?? view?.orderId);
    }
    if (response.status === 401 && role !== 'anonymous') await this.renew(role);
  }

  private async renew(role: Exclude<Role, 'anonymous'>): Promise<void> {
    const session = this.sessions[role];
    const me = await this.app.http.get('/auth/me').set(session.auth);
    if (me.status === 401) this.sessions[role] = await logIn(this.app, session.email);
  }

  /** Puts back what earlier fuzzing used up: the category, stock, a pending order and a cart line. */
  async replenish(): Promise<void> {
    const { app } = this;
    await this.renew('admin');
    await this.renew('customer');
    const { admin, customer } = this.sessions;
    if ((await app.http.get(`/categories/${this.categoryId}`)).status !== 200) {
      this.categoryId = (await createCategory(app, admin)).id;
      this.remember('categories', this.categoryId);
    }
    for (let slot = 0; slot < STOCKED_PRODUCTS; slot += 1) {
      const found = await app.http.get(`/products/${this.stocked[slot] ?? 0}`);
      if (found.status !== 200) {
        this.stocked[slot] = (await createProduct(app, admin, { quantity: 50 }, this.categoryId)).id;
        this.remember('products', this.stocked[slot]);
      } else if ((found.body as { quantity: number }).quantity < LOW_STOCK) {
        await app.http.put(`/products/${this.stocked[slot]}`).set(admin.auth).send({ quantity: 50 }).expect(200);
      }
    }
    const order = await app.http.get(`/order/${this.pendingOrderId}`).set(customer.auth);
    if (order.status !== 200 || (order.body as { status: string }).status !== 'pending') {
      await this.emptyCart();
      await fillCart(app, customer, [[this.stocked[0]!, 1]]);
      this.pendingOrderId = (await app.http.post('/order').set(customer.auth).send({}).expect(201)).body.orderId as number;
      this.remember('orders', this.pendingOrderId);
    }
    const cart = await app.http.get('/cart').set(customer.auth).expect(200);
    if ((cart.body as { items: unknown[] }).items.length === 0) await fillCart(app, customer, [[this.stocked[1]!, 1]]);
  }

  private async emptyCart(): Promise<void> {
    const { customer } = this.sessions;
    const cart = await this.app.http.get('/cart').set(customer.auth).expect(200);
    for (const { productId } of (cart.body as { items: { productId: number }[] }).items) {
      await this.app.http.delete(`/cart/${productId}`).set(customer.auth).expect(200);
    }
  }

  async close(): Promise<void> {
    this.connection.close();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.app.close();
  }
}
