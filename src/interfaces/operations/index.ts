import { namedOperations } from '../operation';
import { auth } from './accounts';
import { cart } from './cart';
import { categories, products } from './catalog';
import { orders } from './ordering';

/** Every operation of the API, grouped as the tRPC router nests them: `products.update`. */
export const operations = { auth, products, categories, cart, orders };

export const OPERATIONS = namedOperations(operations);
