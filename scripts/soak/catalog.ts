import { ADMIN } from './admin';
import { logIn, send } from './requests';
import { Tally } from './tally';

// A few scarce products make customers compete for the last units; the rest keep orders flowing.
const CATALOG = Array.from({ length: 20 }, (_, n) => ({ name: `Soak item ${n}`, price: 1.5 + n * 2.25, quantity: n < 3 ? 25 : 500 }));

/** The catalog, through the admin API: product id to its initial stock. */
export async function seedCatalog(base: string): Promise<Map<number, number>> {
  const tally = new Tally();
  const created = async (path: string, token: string, body: unknown) => {
    const answer = await send(tally, base, 'POST', path, { token, body });
    if (answer.status !== 201 || !answer.body?.id) throw new Error(`POST ${path} answered ${answer.status} ${answer.body?.code}`);
    return answer.body.id;
  };
  const token = await logIn(tally, base, ADMIN);
  const categories = [];
  for (const name of ['Soak lamps', 'Soak mugs', 'Soak books']) categories.push(await created('/categories', token, { name }));
  const stock = new Map<number, number>();
  for (const [n, product] of CATALOG.entries()) {
    stock.set(await created('/products', token, { ...product, categoryId: categories[n % categories.length] }), product.quantity);
  }
  return stock;
}
