// What every demo page shares with the wizard: the portal client of core and the core strings.
import { portalResources } from '@direkthilfe/core/i18n/portal-resources';
import { createI18n, translatorFor } from '@direkthilfe/core/i18n/translator';
import { PortalClient } from '@direkthilfe/core/portal/portal-client';

/** The demo portal's one API client: same origin, German messages, CSRF token for every change. */
export const client = new PortalClient();

/** The demo portal is German; its words are the wizard's (field messages, device and order words). */
export const t = translatorFor(createI18n(portalResources, 'core'), 'de', 'core');
