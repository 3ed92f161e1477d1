import { svg } from 'lit';

/**
 * The "Passwort anzeigen" button's two icons, from the widgets' one set (Lucide "eye" and "eye-off",
 * lucide.dev, ISC licence, © Lucide Contributors): the eye while the password is hidden, crossed out while
 * it is shown. Kept apart from the panel's icons so that the password field loads only these.
 */
export const showIcon = svg`<path d="M2.062 12.348a1 1 0 0 1 0-.696 10.75 10.75 0 0 1 19.876 0 1 1 0 0 1 0 .696 10.75 10.75 0 0 1-19.876 0"/><circle cx="12" cy="12" r="3"/>`;

export const hideIcon = svg`<path d="M10.733 5.076a10.744 10.744 0 0 1 11.205 6.575 1 1 0 0 1 0 .696 10.747 10.747 0 0 1-1.444 2.49"/><path d="M14.084 14.158a3 3 0 0 1-4.242-4.242"/><path d="M17.479 17.499a10.75 10.75 0 0 1-15.417-5.151 1 1 0 0 1 0-.696 10.75 10.75 0 0 1 4.446-5.143"/><path d="m2 2 20 20"/>`;
