import { expect, it } from 'vitest';
import { signUpAndLogIn } from '../support/accounts';
import { createProduct } from '../support/catalog';
import { appWithAdmin, describeEachDatabase } from '../support/test-app';

describeEachDatabase('conditional catalog reads', (kind) => {
  const suite = appWithAdmin(kind);

  it('answer a matching If-None-Match with 304 and no body, whatever the request says of caching', async () => {
    const product = await createProduct(suite.app, suite.admin, { quantity: 3 });
    for (const path of [`/products/${product.id}`, '/products', `/categories/${product.categoryId}`, '/categories']) {
      const first = await suite.app.http.get(path).expect(200);
      const tag = first.headers.etag as string;
      expect(tag, path).toMatch(/^W\/"/);
      const again = await suite.app.http.get(path).set('If-None-Match', tag).set('Cache-Control', 'no-cache').expect(304);
      expect(again.text, path).toBe('');
      expect(again.headers.etag).toBe(tag);
      await suite.app.http.get(path).set('If-None-Match', `"other", ${tag.slice(2)}`).expect(304);
      await suite.app.http.get(path).set('If-None-Match', 'W/"other"').expect(200);
    }
  });

  it('give a changed product a new tag', async () => {
    const product = await createProduct(suite.app, suite.admin, { quantity: 3 });
    const path = `/products/${product.id}`;
    const tag = (await suite.app.http.get(path).expect(200)).headers.etag as string;
    await suite.app.http.put(path).set(suite.admin.auth).send({ price: 12.34 }).expect(200);
    const changed = await suite.app.http.get(path).set('If-None-Match', tag).expect(200);
    expect(changed.body.price).toBe(12.34);
    expect(changed.headers.etag).not.toBe(tag);
  });

  it('tag no personal answer', async () => {
    const customer = await signUpAndLogIn(suite.app);
    const cart = await suite.app.http.get('/cart').set(customer.auth).expect(200);
    expect(cart.headers.etag).toBeUndefined();
  });
});
