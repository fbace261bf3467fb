import type { TestApp } from './test-app';

let sequence = 0;

export function uniqueEmail(prefix = 'user'): string {
  sequence += 1;
  return `${prefix}${sequence}.${process.pid}@shop.test`;
}

export const PASSWORD = 'correct horse battery';

export interface SignedIn {
  email: string;
  userId: number;
  accessToken: string;
  refreshToken: string;
  auth: { Authorization: string };
}

export async function signUpAndLogIn(app: TestApp, email = uniqueEmail()): Promise<SignedIn> {
  await app.http.post('/auth/signup').send({ email, password: PASSWORD }).expect(201);
  return logIn(app, email);
}

export async function logIn(app: TestApp, email: string, password = PASSWORD): Promise<SignedIn> {
  const response = await app.http.post('/auth/login').send({ email, password }).expect(200);
  const { accessToken, refreshToken, user } = response.body;
  return { email, userId: user.id, accessToken, refreshToken, auth: { Authorization: `Bearer ${accessToken}` } };
}

export async function signInAsAdmin(app: TestApp): Promise<SignedIn> {
  const email = uniqueEmail('admin');
  await app.application.ensureAdmin({ email, password: PASSWORD });
  return logIn(app, email);
}
