import type { WizardFlow } from './engine.js';

/**
 * The admin's first setup, following the customer's help ("Erstanmeldung für Administratoren").
 * `action` is where the demo portal does the step.
 */
export const ADMIN_FIRST_SETUP: WizardFlow = {
  id: 'admin-first-setup',
  steps: [
    { id: 'bsp-access', action: '/admin/', articles: ['admin-erstanmeldung'], doneWhen: (d) => d.bspAccount },
    {
      id: 'unlock-permission',
      action: '/admin/',
      articles: ['admin-erstanmeldung'],
      doneWhen: (d) => d.permissionUnlocked,
    },
    {
      id: 'plan-groups',
      action: '/admin/gruppen',
      articles: ['admin-gruppen-standorte'],
      doneWhen: (d) => d.groupsPlanned,
      optional: true,
    },
    {
      id: 'set-up-workplace',
      action: '/admin/arbeitsplaetze/neu',
      articles: ['admin-arbeitsplatz-einrichten'],
      // The backend checked the form (the draft is saved with the progress), or the order is in already.
      doneWhen: (d, saved) => d.workplaceInCart || saved.draft !== undefined,
    },
    {
      id: 'add-order',
      action: '/admin/arbeitsplaetze/neu',
      articles: ['admin-auftrag-hinzufuegen'],
      doneWhen: (d) => d.workplaceInCart,
    },
    {
      id: 'order-cart',
      action: '/admin/warenkorb',
      articles: ['admin-warenkorb-bestellen'],
      doneWhen: (d) => d.cartOrdered,
    },
    {
      id: 'follow-order',
      action: '/admin/auftraege',
      articles: ['admin-auftragsstatus'],
      doneWhen: (d) => d.orderExecuted,
    },
    {
      id: 'activation-mail',
      action: '/admin/arbeitsplaetze',
      articles: ['admin-aktivierungsmail', 'admin-aktivierungsmail-fehlt'],
    },
  ],
};

/** The user's first login ("Erstanmeldung für Benutzer"); the desk-phone step only with a desk phone. */
export const USER_FIRST_LOGIN: WizardFlow = {
  id: 'user-first-login',
  steps: [
    { id: 'welcome', action: '/myportal/', articles: ['benutzer-willkommen'] },
    {
      id: 'request-temporary-password',
      action: '/myportal/anmeldung',
      articles: ['benutzer-erstanmeldung-myportal'],
      // Before the first login only the answer to the request can tell; it is kept with the progress.
      doneWhen: (d, saved) => d.temporaryPasswordRequested || saved.choices?.username !== undefined,
    },
    {
      id: 'enter-temporary-password',
      action: '/myportal/anmeldung',
      articles: ['benutzer-erstanmeldung-myportal'],
      doneWhen: (d) => d.temporaryLoginDone,
    },
    { id: 'set-password', action: '/myportal/passwort', articles: ['passwortregeln'], doneWhen: (d) => d.passwordSet },
    { id: 'overview', action: '/myportal/', articles: ['benutzer-uebersichtsseite'], opensPage: true },
    {
      id: 'desk-phone',
      action: '/myportal/endgeraete',
      articles: ['tischtelefon-erstanmeldung', 'doppelanmeldung-vermeiden'],
      doneWhen: (d) => d.deviceRegistered,
      appliesWhen: (d) => d.hasDeskPhone,
    },
    { id: 'clients', action: '/myportal/downloads', articles: ['desktop-mobile-client'] },
  ],
};

export const FLOWS: Record<string, WizardFlow> = {
  [ADMIN_FIRST_SETUP.id]: ADMIN_FIRST_SETUP,
  [USER_FIRST_LOGIN.id]: USER_FIRST_LOGIN,
};
