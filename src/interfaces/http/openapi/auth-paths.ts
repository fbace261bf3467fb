import { z } from 'zod';
import { logInInput, logOutInput, refreshInput, sessionView, signUpInput, userView } from '../../../application/accounts/schemas';
import { json, type Operation } from './operation';

const userEnvelope = z.object({ user: userView });

export const authOperations: Operation[] = [
  {
    operationId: 'auth.signup',
    method: 'post',
    path: '/auth/signup',
    tag: 'auth',
    summary: 'Create a customer account',
    description: 'Rate limited per client IP. Signup always creates a `customer`.',
    access: 'anyone',
    body: signUpInput,
    responses: { 201: json('The new account.', userEnvelope) },
    problems: { 409: ['EMAIL_TAKEN'], 429: ['RATE_LIMITED'] },
  },
  {
    operationId: 'auth.login',
    method: 'post',
    path: '/auth/login',
    tag: 'auth',
    summary: 'Log in',
    description: 'Rate limited per client IP, and failed logins per account.',
    access: 'anyone',
    body: logInInput,
    responses: { 200: json('A new session.', sessionView) },
    problems: { 401: ['INVALID_CREDENTIALS'], 429: ['RATE_LIMITED'] },
  },
  {
    operationId: 'auth.refresh',
    method: 'post',
    path: '/auth/refresh',
    tag: 'auth',
    summary: 'Swap a refresh token for a new session',
    description: 'The refresh token is spent; presenting it again revokes its whole family.',
    access: 'anyone',
    body: refreshInput,
    responses: { 200: json('A new session, with a new refresh token.', sessionView) },
    problems: { 401: ['UNAUTHENTICATED'] },
  },
  {
    operationId: 'auth.logout',
    method: 'post',
    path: '/auth/logout',
    tag: 'auth',
    summary: 'Log out',
    description: 'Revokes the access token used for the call and, when given, the refresh token.',
    access: 'bearer',
    body: logOutInput,
    responses: { 204: { description: 'Logged out.' } },
  },
  {
    operationId: 'auth.me',
    method: 'get',
    path: '/auth/me',
    tag: 'auth',
    summary: "The caller's account",
    access: 'bearer',
    responses: { 200: json('The account of the access token.', userEnvelope) },
  },
];
