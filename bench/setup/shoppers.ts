export interface Credentials {
  email: string;
  password: string;
}

export interface Shopper extends Credentials {
  userId: number;
  accessToken: string;
}

// Password hashing is the slow part and runs on the service's thread pool: a few at a time.
const CONCURRENT_SIGNUPS = 4;

async function post<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function signUpAndLogIn(baseUrl: string, credentials: Credentials): Promise<Shopper> {
  await post(`${baseUrl}/auth/signup`, credentials);
  const session = await post<{ accessToken: string; user: { id: number } }>(`${baseUrl}/auth/login`, credentials);
  return { ...credentials, userId: session.user.id, accessToken: session.accessToken };
}

/** `count` new customer accounts named `<label>-<n>`, signed up and logged in through the service. */
export async function signUpShoppers(baseUrl: string, label: string, count: number): Promise<Shopper[]> {
  const shoppers: Shopper[] = [];
  for (let start = 0; start < count; start += CONCURRENT_SIGNUPS) {
    const batch = Array.from({ length: Math.min(CONCURRENT_SIGNUPS, count - start) }, (_, i) => ({
      email: `${label}-${start + i}@bench.test`,
      password: 'bench password, long enough',
    }));
    shoppers.push(...(await Promise.all(batch.map((credentials) => signUpAndLogIn(baseUrl, credentials)))));
  }
  return shoppers;
}
