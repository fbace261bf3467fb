import type { Authenticate } from '../application/accounts/authenticate';
import type { GetCurrentUser } from '../application/accounts/get-current-user';
import type { LogIn } from '../application/accounts/log-in';
import type { LogOut } from '../application/accounts/log-out';
import type { RefreshSession } from '../application/accounts/refresh-session';
import type { SignUp } from '../application/accounts/sign-up';

/** The use cases the interfaces call, resolved once by the composition root. */
export interface UseCases {
  authenticate: Authenticate;
  signUp: SignUp;
  logIn: LogIn;
  refreshSession: RefreshSession;
  logOut: LogOut;
  getCurrentUser: GetCurrentUser;
}
