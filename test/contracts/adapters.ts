import { beforeAll, afterAll, describe } from 'vitest';
import type { AddressRepository } from '../../src/application/ports/address-repository';
import type { CartRepository } from '../../src/application/ports/cart-repository';
import type { CategoryRepository } from '../../src/application/ports/category-repository';
import type { DiscountRepository } from '../../src/application/ports/discount-repository';
import type { Inventory } from '../../src/application/ports/inventory';
import type { OrderRepository } from '../../src/application/ports/order-repository';
import type { ProductRepository } from '../../src/application/ports/product-repository';
import type { AccessTokenDenylist } from '../../src/application/ports/access-token-denylist';
import type { RefreshTokenRepository } from '../../src/application/ports/refresh-token-repository';
import type { UnitOfWork } from '../../src/application/ports/unit-of-work';
import type { UserRepository } from '../../src/application/ports/user-repository';
import { InMemoryAddressRepository } from '../fakes/in-memory-address-repository';
import type { DeliveryRepository } from '../../src/application/ports/delivery-repository';
import type { EventOutbox } from '../../src/application/ports/event-outbox';
import type { WebhookRepository } from '../../src/application/ports/webhook-repository';
import { SequelizeDeliveryRepository } from '../../src/infrastructure/sequelize/repositories/sequelize-delivery-repository';
import { SequelizeEventOutbox } from '../../src/infrastructure/sequelize/repositories/sequelize-event-outbox';
import { SequelizeWebhookRepository } from '../../src/infrastructure/sequelize/repositories/sequelize-webhook-repository';
import { InMemoryEventStore } from '../fakes/in-memory-event-store';
import { InMemoryWebhookRepository } from '../fakes/in-memory-webhook-repository';
import { InMemoryCartRepository } from '../fakes/in-memory-cart-repository';
import { InMemoryCategoryRepository } from '../fakes/in-memory-category-repository';
import { InMemoryDiscountRepository } from '../fakes/in-memory-discount-repository';
import { InMemoryInventory } from '../fakes/in-memory-inventory';
import { InMemoryOrderRepository } from '../fakes/in-memory-order-repository';
import { InMemoryProductRepository } from '../fakes/in-memory-product-repository';
import { InMemoryAccessTokenDenylist } from '../fakes/in-memory-access-token-denylist';
import { InMemoryRefreshTokenRepository } from '../fakes/in-memory-refresh-token-repository';
import { InMemoryUnitOfWork } from '../fakes/in-memory-unit-of-work';
import { InMemoryUserRepository } from '../fakes/in-memory-user-repository';
import { Database } from '../../src/infrastructure/sequelize/database';
import { createMigrator } from '../../src/infrastructure/sequelize/migrator';
import { SequelizeAddressRepository } from '../../src/infrastructure/sequelize/repositories/sequelize-address-repository';
import { SequelizeCartRepository } from '../../src/infrastructure/sequelize/repositories/sequelize-cart-repository';
import { SequelizeCategoryRepository } from '../../src/infrastructure/sequelize/repositories/sequelize-category-repository';
import { SequelizeDiscountRepository } from '../../src/infrastructure/sequelize/repositories/sequelize-discount-repository';
import { SequelizeInventory } from '../../src/infrastructure/sequelize/repositories/sequelize-inventory';
import { SequelizeOrderRepository } from '../../src/infrastructure/sequelize/repositories/sequelize-order-repository';
import { SequelizeProductRepository } from '../../src/infrastructure/sequelize/repositories/sequelize-product-repository';
import { SequelizeAccessTokenDenylist } from '../../src/infrastructure/sequelize/repositories/sequelize-access-token-denylist';
import { SequelizeRefreshTokenRepository } from '../../src/infrastructure/sequelize/repositories/sequelize-refresh-token-repository';
import { SequelizeUserRepository } from '../../src/infrastructure/sequelize/repositories/sequelize-user-repository';
import { SequelizeUnitOfWork } from '../../src/infrastructure/sequelize/unit-of-work';
import { DATABASES, type DatabaseKind, createScratchDatabase, isAvailable } from '../support/databases';

export type AdapterKind = 'memory' | DatabaseKind;

/** One consistent set of adapters: the Sequelize ones share a database, the in-memory ones each other. */
export interface Adapters {
  users: UserRepository;
  refreshTokens: RefreshTokenRepository;
  denylist: AccessTokenDenylist;
  categories: CategoryRepository;
  discounts: DiscountRepository;
  addresses: AddressRepository;
  webhooks: WebhookRepository;
  outbox: EventOutbox;
  deliveries: DeliveryRepository;
  products: ProductRepository;
  inventory: Inventory;
  carts: CartRepository;
  orders: OrderRepository;
  uow: UnitOfWork;
}

interface OpenAdapters extends Adapters {
  close(): Promise<void>;
}

function memoryEventAdapters() {
  const webhooks = new InMemoryWebhookRepository();
  const events = new InMemoryEventStore(webhooks);
  return { webhooks, outbox: events, deliveries: events };
}

/** The in-memory adapters wired as the use-case fixtures wire them, on the system clock. */
function memoryAdapters(): OpenAdapters {
  const categories = new InMemoryCategoryRepository();
  const products = new InMemoryProductRepository(categories);
  return {
    users: new InMemoryUserRepository(),
    refreshTokens: new InMemoryRefreshTokenRepository(),
    denylist: new InMemoryAccessTokenDenylist(),
    categories,
    discounts: new InMemoryDiscountRepository(),
    addresses: new InMemoryAddressRepository(),
    ...memoryEventAdapters(),
    products,
    inventory: new InMemoryInventory(products),
    carts: new InMemoryCartRepository(products),
    orders: new InMemoryOrderRepository(),
    uow: new InMemoryUnitOfWork(),
    close: async () => {},
  };
}

/** The Sequelize adapters on a fresh, migrated scratch database of the given kind. */
async function sequelizeAdapters(kind: DatabaseKind): Promise<OpenAdapters> {
  const scratch = await createScratchDatabase(kind);
  const db = new Database({ url: scratch.url });
  try {
    await createMigrator(db.sequelize).up();
  } catch (error) {
    await db.close();
    await scratch.drop();
    throw error;
  }
  return {
    users: new SequelizeUserRepository(db),
    refreshTokens: new SequelizeRefreshTokenRepository(db),
    denylist: new SequelizeAccessTokenDenylist(db),
    categories: new SequelizeCategoryRepository(db),
    discounts: new SequelizeDiscountRepository(db),
    addresses: new SequelizeAddressRepository(db),
    webhooks: new SequelizeWebhookRepository(db),
    outbox: new SequelizeEventOutbox(db, false),
    deliveries: new SequelizeDeliveryRepository(db),
    products: new SequelizeProductRepository(db),
    inventory: new SequelizeInventory(db),
    carts: new SequelizeCartRepository(db),
    orders: new SequelizeOrderRepository(db),
    uow: new SequelizeUnitOfWork(db),
    close: async () => {
      await db.close();
      await scratch.drop();
    },
  };
}

export function createAdapters(kind: AdapterKind): Promise<OpenAdapters> {
  return kind === 'memory' ? Promise.resolve(memoryAdapters()) : sequelizeAdapters(kind);
}

/** Declares the suite on one adapter set, created before its tests and closed after them. */
function onAdapters(kind: AdapterKind, suite: (adapters: () => Adapters) => void): void {
  let open: OpenAdapters | undefined;
  beforeAll(async () => {
    open = await createAdapters(kind);
  });
  afterAll(async () => {
    await open?.close();
  });
  suite(() => {
    if (!open) throw new Error('The adapters are not ready: was beforeAll skipped?');
    return open;
  });
}

/**
 * Declares a contract suite once for the in-memory adapters and once per database. Server
 * databases without a URL are reported as skipped suites, as describeEachDatabase does.
 */
export function describeEachAdapter(title: string, suite: (adapters: () => Adapters) => void): void {
  describe(`${title} [in-memory]`, () => onAdapters('memory', suite));
  for (const kind of DATABASES) {
    const available = isAvailable(kind);
    const label = available ? kind.label : `${kind.label}: skipped, ${kind.urlVariable} is not set`;
    describe.skipIf(!available)(`${title} [${label}]`, () => onAdapters(kind, suite));
  }
}
