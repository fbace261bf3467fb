import autocannon from 'autocannon';

export interface Measurement {
  name: string;
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
}

/** Requests as fast as `connections` clients can send them, for `seconds`. */
export async function hammer(name: string, url: string, seconds: number, connections = 10): Promise<Measurement> {
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const json = { 'Content-Type': 'application/json' };

async function call(url: string, init: RequestInit & { token?: string } = {}) {
  const headers = { ...json, ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}) };
  const response = await fetch(url, { ...init, headers });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

async function logIn(baseUrl: string, credentials: { email: string; password: string }): Promise<string> {
  const session = (await call(`${baseUrl}/auth/login`, { method: 'POST', body: JSON.stringify(credentials) })) as {
    accessToken: string;
  };
  return session.accessToken;
}

/** Three products with stock for everyone, so that every order of the burst can succeed. */
async function stockedProducts(baseUrl: string, admin: { email: string; password: string }): Promise<number[]> {
  const token = await logIn(baseUrl, admin);
  const category = (await call(`${baseUrl}/categories`, {
    method: 'POST',
    token,
    body: JSON.stringify({ name: `Checkout bench ${Date.now()}` }),
  })) as { id: number };
  const ids: number[] = [];
  for (const name of ['Kettle', 'Teapot', 'Mug']) {
    const body = JSON.stringify({ name, price: 12.5, quantity: 1_000_000, categoryId: category.id });
    ids.push(((await call(`${baseUrl}/products`, { method: 'POST', token, body })) as { id: number }).id);
  }
  return ids;
}

/** `customers` buyers, each with a three-line cart, all placing their order at once. */
export async function checkoutBurst(
  baseUrl: string,
  customers: number,
  admin: { email: string; password: string },
): Promise<Measurement> {
  const productIds = await stockedProducts(baseUrl, admin);
  const tokens: string[] = [];
  for (let n = 0; n < customers; n++) {
    const credentials = { email: `bench-${Date.now()}-${n}@shop.test`, password: 'benchmark password' };
    await call(`${baseUrl}/auth/signup`, { method: 'POST', body: JSON.stringify(credentials) });
    const accessToken = await logIn(baseUrl, credentials);
    for (const productId of productIds) {
      await call(`${baseUrl}/cart`, { method: 'POST', token: accessToken, body: JSON.stringify({ productId }) });
    }
    tokens.push(accessToken);
  }
  const started = performance.now();
  const latencies = await Promise.all(
    tokens.map(async (token) => {
      const sent = performance.now();
      const response = await fetch(`${baseUrl}/order`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
      return { ms: performance.now() - sent, ok: response.status === 201 };
    }),
  );
  const elapsedSeconds = (performance.now() - started) / 1000;
  const sorted = latencies.map((latency) => latency.ms).sort((a, b) => a - b);
  return {
    name: `POST /order, ${customers} at once, 3 lines each`,
    requestsPerSecond: Math.round(customers / elapsedSeconds),
    p99Ms: Math.round(sorted[Math.floor(sorted.length * 0.99)] ?? 0),
    errors: latencies.filter((latency) => !latency.ok).length,
  };
}
