import express, { type Request } from 'express';
import { sqlClient } from '../sql/sql-client';
import { CheckoutConflict, checkout } from './checkout-transaction';
import { listenAndReport } from './listen';
import { productById, productPage } from './product-queries';

/**
 * The most the service could do on its database: bare Express, the same driver, one
 * hand-written statement per question, answering the same bytes as the service.
 */
async function main(): Promise<void> {
  const db = await sqlClient(process.env.DATABASE_URL!);
  const app = express();
  const number = (req: Request, name: string, fallback?: number) => {
    const value = req.query[name];
    return typeof value === 'string' ? Number(value) : fallback;
  };

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/products', async (req, res) => {
    const sort = typeof req.query.sort === 'string' ? req.query.sort : '-createdAt';
    const query = { categoryId: number(req, 'categoryId'), sort, page: number(req, 'page', 1)!, pageSize: number(req, 'pageSize', 20)! };
    res.json(await productPage(db, query));
  });
  app.get('/products/:id', async (req, res) => {
    const product = await productById(db, Number(req.params.id));
    if (product) res.json(product);
    else res.status(404).json({ code: 'NOT_FOUND' });
  });
  // The bench names the buyer: the service's token checks are not part of the transaction measured.
  app.post('/order', async (req, res) => {
    try {
      res.status(201).json(await checkout(db, Number(req.get('x-user-id'))));
    } catch (error) {
      if (!(error instanceof CheckoutConflict)) throw error;
      res.status(409).json({ code: 'CONFLICT', detail: error.message });
    }
  });
  listenAndReport(app, () => db.close());
}

void main();
