import { randomBytes } from 'node:crypto';
import type { SignedIn } from './accounts';
import type { TestApp } from './test-app';

export interface ProductFields {
  name?: string;
  price?: number;
  quantity?: number;
  description?: string | null;
  imageUrl?: string | null;
}

export async function createCategory(app: TestApp, admin: SignedIn, name = `Category ${randomBytes(4).toString('hex')}`) {
  const response = await app.http.post('/categories').set(admin.auth).send({ name }).expect(201);
  return response.body as { id: number; name: string };
}

/** A product in a category of its own, through the admin API. */
export async function createProduct(app: TestApp, admin: SignedIn, fields: ProductFields = {}, categoryId?: number) {
  const category = categoryId ?? (await createCategory(app, admin)).id;
  const response = await app.http
    .post('/products')
    .set(admin.auth)
    .send({ name: 'Widget', price: 9.99, quantity: 10, categoryId: category, ...fields })
    .expect(201);
  return response.body as { id: number; name: string; price: number; quantity: number; categoryId: number };
}

export async function stockOf(app: TestApp, productId: number): Promise<number> {
  const response = await app.http.get(`/products/${productId}`).expect(200);
  return response.body.quantity as number;
}
