import { AdmitAuthRequest } from '../../application/accounts/admit-auth-request';
import { z } from 'zod';
import { GetCurrentUser } from '../../application/accounts/get-current-user';
import { LogIn } from '../../application/accounts/log-in';
import { LogOut } from '../../application/accounts/log-out';
import { RefreshSession } from '../../application/accounts/refresh-session';
import { logInInput, logOutInput, refreshInput, signUpInput } from '../../application/accounts/schemas';
import { sessionView } from '../../application/accounts/session-view';
import { SignUp } from '../../application/accounts/sign-up';
import { userView } from '../../application/accounts/user-view';
import { noInput, operation } from '../operation';

const userEnvelope = z.object({ user: userView });

export const auth = {
  signup: operation({
    method: 'post',
    path: '/auth/signup',
    summary: 'Create a customer account',
    description: 'Rate limited per client IP. Signup always creates a `customer`.',
    access: 'anyone',
    admission: AdmitAuthRequest,
    input: signUpInput,
    output: userEnvelope,
    responses: { 201: 'The new account.' },
    problems: ['EMAIL_TAKEN'],
    useCase: SignUp,
    run: async (signUp, input) => ({ user: await signUp.execute(input) }),
  }),
  login: operation({
    method: 'post',
    path: '/auth/login',
    summary: 'Log in',
    description: 'Rate limited per client IP, and failed logins per account.',
    access: 'anyone',
    admission: AdmitAuthRequest,
    input: logInInput,
    output: sessionView,
    responses: { 200: 'A new session.' },
    problems: ['INVALID_CREDENTIALS'],
    useCase: LogIn,
    run: (logIn, input) => logIn.execute(input),
  }),
  refresh: operation({
    method: 'post',
    path: '/auth/refresh',
    summary: 'Swap a refresh token for a new session',
    description: 'The refresh token is spent; presenting it again revokes its whole family.',
    access: 'anyone',
    input: refreshInput,
    output: sessionView,
    responses: { 200: 'A new session, with a new refresh token.' },
    problems: ['UNAUTHENTICATED'],
    useCase: RefreshSession,
    run: (refresh, input) => refresh.execute(input),
  }),
  logout: operation({
    method: 'post',
    path: '/auth/logout',
    summary: 'Log out',
    description: 'Revokes the access token used for the call and, when given, the refresh token.',
    access: 'user',
    input: logOutInput,
    responses: { 204: 'Logged out.' },
    useCase: LogOut,
    run: (logOut, input, { actor }) => logOut.execute(input, actor),
  }),
  me: operation({
    method: 'get',
    path: '/auth/me',
    summary: "The caller's account",
    access: 'user',
    input: noInput,
    output: userEnvelope,
    responses: { 200: 'The account of the access token.' },
    useCase: GetCurrentUser,
    run: async (getCurrentUser, _input, { actor }) => ({ user: await getCurrentUser.execute(actor) }),
  }),
};
