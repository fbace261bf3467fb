import { inject, injectable } from 'tsyringe';
import { cartNotFound } from '../../domain/cart/cart';
import { CartRepository, type CartKey, type StoredCart } from '../ports/cart-repository';
import { Clock } from '../ports/clock';
import { OpaqueTokens } from '../ports/opaque-tokens';
import { type CartOwner, isGuest } from './cart-owner';

/** How many days a guest cart lives after its last change. */
export const GuestCartTtlDays = Symbol('GuestCartTtlDays');

const DAY_MS = 86_400_000;

/** Finds, opens and makes carts for their owners; a guest is known only by the digest of their token. */
@injectable()
export class CartAccess {
  constructor(
    @inject(CartRepository) private readonly carts: CartRepository,
    @inject(OpaqueTokens) private readonly tokens: OpaqueTokens,
    @inject(Clock) private readonly clock: Clock,
    @inject(GuestCartTtlDays) private readonly guestTtlDays: number,
  ) {}

  /** The owner's cart as it is: null for a user who has none yet; CART_NOT_FOUND for a guest token that names none. */
  async find(owner: CartOwner): Promise<StoredCart | null> {
    const cart = await this.carts.find(this.keyOf(owner), this.clock.now());
    if (!cart && isGuest(owner)) throw cartNotFound();
    return cart;
  }

  /** The owner's cart, locked for a change until the unit of work ends; a user's is made on first use. */
  async open(owner: CartOwner): Promise<StoredCart> {
    const key = this.keyOf(owner);
    const cart = await this.carts.lock(key, this.clock.now());
    if (cart) return cart;
    if (isGuest(owner)) throw cartNotFound();
    await this.carts.create(key, null);
    return (await this.carts.lock(key, this.clock.now()))!;
  }

  /** A new, empty guest cart and the token that reaches it; only the token's digest is kept. */
  async createGuest(): Promise<{ token: string; cart: StoredCart }> {
    const token = this.tokens.create();
    return { token: token.value, cart: await this.carts.create({ tokenDigest: token.digest }, this.guestExpiry()) };
  }

  /** Records that a cart changed: a guest cart lives on for the full time after its last change. */
  async changed(cart: StoredCart): Promise<void> {
    if (cart.expiresAt) await this.carts.update(cart.id, { expiresAt: this.guestExpiry() });
  }

  private keyOf(owner: CartOwner): CartKey {
    return isGuest(owner) ? { tokenDigest: this.tokens.digest(owner.guestToken) } : { userId: owner.userId };
  }

  private guestExpiry(): Date {
    return new Date(this.clock.now().getTime() + this.guestTtlDays * DAY_MS);
  }
}
