import { namedOperations } from '../operation';
import { auth } from './accounts';
import { addresses } from './addresses';
import { cart } from './cart';
import { categories, products } from './catalog';
import { discounts } from './discounts';
import { orders } from './ordering';
import { webhooks } from './webhooks';

/** Every operation of the API, grouped as the tRPC router nests them: `products.update`. */
export const operations = { auth, products, categories, cart, orders, addresses, discounts, webhooks };

export const OPERATIONS = namedOperations(operations);
