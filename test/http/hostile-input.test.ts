import { expect, it } from 'vitest';
import { appWithAdmin, describeEachDatabase } from '../support/test-app';

const PROBLEM = /^application\/problem\+json/;

describeEachDatabase('input a client could send to break the server', (kind) => {
  const suite = appWithAdmin(kind);
  const asAdmin = () => ({ Authorization: `Bearer ${suite.admin.accessToken}` });

  async function expectProblem(response: Promise<{ status: number; headers: Record<string, string>; body: { status: number; code: string } }>, status: number, code: string) {
    const answer = await response;
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toMatch(PROBLEM);
    expect(answer.body).toMatchObject({ status, code });
  }

  it('answers a path that is not valid percent-encoding with 400', async () => {
    await expectProblem(suite.app.http.get('/products/%ZZ'), 400, 'VALIDATION_FAILED');
    await expectProblem(suite.app.http.get('/docs/%FF'), 400, 'VALIDATION_FAILED');
  });

  it('answers a body its Content-Encoding does not decode with 400', async () => {
    const response = suite.app.http
      .post('/auth/login')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .send('not gzip at all');
    await expectProblem(response, 400, 'MALFORMED_JSON');
  });

  it('answers an id past the 32-bit range with 400, on reads and writes alike', async () => {
    await expectProblem(suite.app.http.get('/products/2147483648'), 400, 'VALIDATION_FAILED');
    await expectProblem(suite.app.http.delete('/products/2147483648').set(asAdmin()), 400, 'VALIDATION_FAILED');
    await expectProblem(suite.app.http.get('/products').query({ categoryId: 2 ** 40 }), 400, 'VALIDATION_FAILED');
  });

  it('refuses NUL characters and unpaired surrogates in text, storing nothing', async () => {
    await expectProblem(suite.app.http.get('/products').query({ q: 'a\u0000b' }), 400, 'VALIDATION_FAILED');
    for (const name of ['shelf\u0000', 'shelf\ud800', '\udc00shelf']) {
      await expectProblem(suite.app.http.post('/categories').set(asAdmin()).send({ name }), 400, 'VALIDATION_FAILED');
    }
    const listed = await suite.app.http.get('/categories').expect(200);
    expect(listed.body.items.map((category: { name: string }) => category.name)).not.toContainEqual(expect.stringMatching(/^shelf|shelf$/));

    const placed = await suite.app.http.post('/trpc/orders.place').set(asAdmin()).send({ idempotencyKey: 'key\u0000' });
    expect(placed.status).toBe(400);
    expect(placed.body.error.data).toMatchObject({ httpStatus: 400, appCode: 'VALIDATION_FAILED' });
  });

  it('counts lengths in characters, as the databases do: 200 emoji make a name of 200', async () => {
    const created = await suite.app.http.post('/categories').set(asAdmin()).send({ name: '🛒'.repeat(200) }).expect(201);
    expect(created.body.name).toBe('🛒'.repeat(200));
    await expectProblem(suite.app.http.post('/categories').set(asAdmin()).send({ name: '🧺'.repeat(201) }), 400, 'VALIDATION_FAILED');
  });
});
