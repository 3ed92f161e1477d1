// The shared frame of every demo page: user name and "Abmelden" in the header, the current item of the
// main menu, the page status region and the access notices. Builds nodes; never uses innerHTML.
import type { Me } from '@direkthilfe/core/portal/portal-client';
import { el, setChildren, type Child } from './dom.js';
import { errorMessage } from './forms.js';
import { client } from './portal.js';
import { showPreview } from './preview.js';

const FLASH_KEY = 'direkthilfe-demo-status';
const pageKey = document.documentElement.dataset.dhPage ?? '';
const portal = pageKey.startsWith('admin/') ? 'admin' : pageKey.startsWith('user/') ? 'user' : 'demo';

let meRequest: Promise<Me | null> | undefined;
let meError: unknown;

/**
 * The logged-in user from GET /api/auth/session, or null when nobody is logged in or the request failed
 * (then `meLoadError()` holds its message). `{ fresh: true }` asks again, for example after a login.
 */
export function loadMe({ fresh = false } = {}): Promise<Me | null> {
  if (fresh || !meRequest) {
    meError = undefined;
    meRequest = client.session().catch((error: unknown) => {
      meError = error;
      return null;
    });
  }
  return meRequest;
}

/** Why asking who is signed in failed, or undefined. */
export const meLoadError = (): string | undefined => (meError === undefined ? undefined : errorMessage(meError));

// ---- Status region ----------------------------------------------------------------------------------

/** Writes into the page's polite status region; strings and nodes. Cleared first so repeats are read again. */
export function announce(...content: Child[]) {
  const region = document.getElementById('page-status');
  if (!region) return;
  region.replaceChildren();
  // A short pause lets screen readers notice the change even when the same text comes twice.
  setTimeout(() => setChildren(region, ...content), 50);
}

/** Keeps a message for the next page (after a redirect) in the session. */
export function flash(message: string) {
  try {
    sessionStorage.setItem(FLASH_KEY, message);
  } catch {
    // Storage may be disabled; the message is then simply not shown.
  }
}

function showFlash() {
  let message;
  try {
    message = sessionStorage.getItem(FLASH_KEY);
    sessionStorage.removeItem(FLASH_KEY);
  } catch {
    return;
  }
  if (message) setTimeout(() => announce(message), 400);
}

// ---- Header -----------------------------------------------------------------------------------------

const normalise = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);
const pathOf = (link: HTMLAnchorElement) => normalise(new URL(link.href, location.href).pathname);

/** Marks the menu item of the current page (exact match, else the deepest section that contains it). */
function markCurrentNavItem() {
  const nav = document.querySelector('nav[aria-label="Hauptmenü"]');
  if (!nav) return;
  const here = normalise(location.pathname);
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[href]')];
  for (const link of links) link.removeAttribute('aria-current');
  const roots = new Set(['/', '/admin', '/myportal']);
  const current =
    links.find((link) => pathOf(link) === here) ??
    links
      .filter((link) => !roots.has(pathOf(link)) && here.startsWith(`${pathOf(link)}/`))
      .sort((a, b) => pathOf(b).length - pathOf(a).length)[0];
  current?.setAttribute('aria-current', 'page');
}

function markViewSwitch() {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-view-switch] a[href]')) {
    if (location.pathname.startsWith(new URL(link.href, location.href).pathname))
      link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

function loginPath(me: Me | null) {
  if (portal === 'admin' || (portal === 'demo' && me?.role === 'admin')) return '/admin/';
  if (portal === 'user' || me?.role === 'user') return '/myportal/anmeldung';
  return '/';
}

/** Shows the user name (or "Nicht angemeldet") and the fitting "Abmelden" button or "Anmelden" link. */
export function renderUser(me: Me | null) {
  const name = document.querySelector<HTMLElement>('[data-user-name]');
  const logout = document.querySelector<HTMLElement>('[data-logout]');
  const login = document.querySelector<HTMLElement>('[data-login]');
  if (name) {
    if (me) setChildren(name, el('span', { class: 'visually-hidden', text: 'Angemeldet als ' }), me.username);
    else name.textContent = meError ? 'Anmeldestatus unbekannt' : 'Nicht angemeldet';
  }
  if (logout) logout.hidden = !me;
  // A user without the administrator role has one view: the header offers no switch to the other.
  const viewSwitch = document.querySelector<HTMLElement>('[data-view-switch]');
  if (viewSwitch) viewSwitch.hidden = me?.role === 'user';
  if (login) {
    login.hidden = Boolean(me);
    login.setAttribute('href', loginPath(me));
  }
}

async function logout(event: Event) {
  const button = event.currentTarget as HTMLButtonElement;
  const me = await loadMe();
  button.disabled = true;
  try {
    await client.logout();
    flash('Sie wurden abgemeldet.');
    location.assign(loginPath(me));
  } catch (error) {
    button.disabled = false;
    announce(`Die Abmeldung ist fehlgeschlagen: ${errorMessage(error)}`);
  }
}

/** Asks /api/me again and updates the header; resolves to the user or null. */
export async function refreshUser() {
  const me = await loadMe({ fresh: true });
  renderUser(me);
  return me;
}

// ---- Access notices ---------------------------------------------------------------------------------

/** Shows a notice (paragraph + optional link) in #access-notice and keeps [data-app] hidden. */
export function showNotice(text: string, link?: { href: string; text: string }) {
  const notice = document.getElementById('access-notice');
  if (!notice) return;
  setChildren(
    notice,
    el('p', { text }),
    link ? el('p', {}, el('a', { href: link.href, class: 'button', text: link.text })) : null,
  );
  notice.hidden = false;
  for (const app of document.querySelectorAll<HTMLElement>('[data-app]')) app.hidden = true;
}

/** Reveals the page's [data-app] part and hides the notice. */
function showApp() {
  const notice = document.getElementById('access-notice');
  if (notice) notice.hidden = true;
  for (const app of document.querySelectorAll<HTMLElement>('[data-app]')) app.hidden = false;
}

function noticeForError() {
  showNotice(meLoadError() ?? 'Die Anmeldedaten konnten nicht geladen werden.', {
    href: location.pathname,
    text: 'Seite neu laden',
  });
}

/** Signed in with a temporary password: the page waits until the user has set a new one, on their portal's page. */
export function askForNewPassword(me: Me) {
  showNotice('Bitte vergeben Sie zuerst ein neues Passwort.', {
    href: me.role === 'admin' ? '/admin/passwort' : '/myportal/passwort',
    text: 'Neues Passwort vergeben',
  });
}

/** For admin pages except the start page: resolves to the unlocked admin, or shows why not and gives null. */
export async function requireAdmin(): Promise<Me | null> {
  const me = await loadMe();
  if (!me && meError) noticeForError();
  else if (!me)
    showNotice('Bitte melden Sie sich zuerst am Administrations-Portal an.', {
      href: '/admin/',
      text: 'Zur Anmeldung',
    });
  else if (me.role !== 'admin')
    showNotice('Diese Seite steht nur Administratoren zur Verfügung. Sie sind als Anwender angemeldet.', {
      href: '/myportal/',
      text: 'Zu MyPortal',
    });
  else if (me.mustChangePassword) askForNewPassword(me);
  else if (me.permissionUnlocked === false)
    showNotice('Bitte schalten Sie zuerst Ihre Berechtigung mit dem Einmal-Passwort frei.', {
      href: '/admin/',
      text: 'Berechtigung freischalten',
    });
  else {
    showApp();
    return me;
  }
  return null;
}

/** For MyPortal pages and the password page: resolves to the user, or shows why not and gives null. */
export async function requireUser({ allowPasswordChange = false } = {}): Promise<Me | null> {
  const me = await loadMe();
  if (!me && meError) noticeForError();
  else if (!me) showNotice('Sie sind nicht angemeldet.', { href: loginPath(null), text: 'Zur Anmeldung' });
  else if (me.mustChangePassword && !allowPasswordChange) askForNewPassword(me);
  else {
    showApp();
    return me;
  }
  return null;
}

/**
 * Runs `render(me)` whenever Direkthilfe's wizard signs the user in or out (`dh-session-change`), after the
 * header shows the new state: the page behind the wizard never lies about the session.
 */
export function onSessionChange(render: (me: Me | null) => void) {
  sessionListeners.push(render);
}

const sessionListeners: ((me: Me | null) => void)[] = [];
document.addEventListener('dh-session-change', async () => {
  const me = await refreshUser();
  for (const render of sessionListeners) render(me);
});

// ---- Start ------------------------------------------------------------------------------------------

markCurrentNavItem();
markViewSwitch();
document.querySelector('[data-logout]')?.addEventListener('click', logout);
showFlash();
void loadMe().then(renderUser);
void showPreview();
