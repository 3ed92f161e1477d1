// Sessions: CSRF token, temporary password, login, password change, logout, who is signed in, the logged-in user.
import Type, { type Static } from 'typebox';
import { AccountRoleCode, NoContent, Nullable, Strict, Text, route, routes } from './common.js';
import { Company, Workplace } from './workplaces.js';

const tags = ['auth'];

export const CsrfToken = Type.Object({ token: Type.String() });

/** Who is logged in after login, registration or a password change. */
export const Session = Type.Object({
  username: Type.String(),
  role: AccountRoleCode,
  /** True after a login with a temporary password: only the password change is open. */
  mustChangePassword: Type.Boolean(),
});
export type Session = Static<typeof Session>;

/**
 * The portal a login form belongs to: BSP admins and MyPortal users have separate name spaces, and the
 * rare name in both is resolved by it (without it: MyPortal).
 */
const LoginRole = Type.Optional(AccountRoleCode);
export const TemporaryPasswordBody = Strict({ username: Text(100), role: LoginRole });
export const TemporaryPasswordAccepted = Type.Object({ message: Type.String() });
export const LoginBody = Strict({ username: Text(100), password: Text(256), role: LoginRole });
export type LoginBody = Static<typeof LoginBody>;
/** From a normal session the current password is required; after a temporary-password login it is not. */
export const PasswordBody = Strict({ newPassword: Text(1024, 0), currentPassword: Type.Optional(Text(256, 0)) });

export const Me = Type.Object({
  ...Session.properties,
  /** Admins only: whether the permission for a company is unlocked. */
  permissionUnlocked: Type.Optional(Type.Boolean()),
  company: Nullable(Company),
  workplace: Nullable(Workplace),
});
export type Me = Static<typeof Me>;

/** Who is signed in, asked by pages that also serve visitors without a session: never a 401. */
export const CurrentSession = Type.Object({ me: Nullable(Me) });

export const authApi = routes(
  route('GET', '/api/csrf-token', {
    tags: ['security'],
    summary: 'A CSRF token for the X-CSRF-Token header',
    response: { 200: CsrfToken },
  }),
  route('POST', '/api/auth/temporary-password', {
    tags,
    summary: 'Request a temporary password (always 202)',
    body: TemporaryPasswordBody,
    response: { 202: TemporaryPasswordAccepted },
  }),
  route('POST', '/api/auth/login', {
    tags,
    summary: 'Log in with the own or a temporary password',
    body: LoginBody,
    response: { 200: Session },
  }),
  route('POST', '/api/auth/password', {
    tags,
    summary: 'Set a new password (policy enforced: 422 with rule ids)',
    body: PasswordBody,
    response: { 200: Session },
  }),
  route('POST', '/api/auth/logout', {
    tags,
    summary: 'Log out; the cart of the session is discarded',
    response: { 204: NoContent },
  }),
  route('GET', '/api/auth/session', {
    tags,
    summary: 'Who is signed in: the user, or null without a session (never 401)',
    response: { 200: CurrentSession },
  }),
  route('GET', '/api/me', { tags, summary: 'The logged-in user', response: { 200: Me } }),
);
