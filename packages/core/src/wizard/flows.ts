import type { WizardFlow } from './engine.js';

/** The admin's first setup, following the customer's help ("Erstanmeldung für Administratoren"). */
export const ADMIN_FIRST_SETUP: WizardFlow = {
  id: 'admin-first-setup',
  steps: [
    { id: 'bsp-access', articles: ['admin-erstanmeldung'], doneWhen: (d) => d.bspAccount },
    { id: 'unlock-permission', articles: ['admin-erstanmeldung'], doneWhen: (d) => d.permissionUnlocked },
    { id: 'plan-groups', articles: ['admin-gruppen-standorte'], doneWhen: (d) => d.groupsPlanned, optional: true },
    { id: 'set-up-workplace', articles: ['admin-arbeitsplatz-einrichten'] },
    { id: 'add-order', articles: ['admin-auftrag-hinzufuegen'], doneWhen: (d) => d.workplaceInCart },
    { id: 'order-cart', articles: ['admin-warenkorb-bestellen'], doneWhen: (d) => d.cartOrdered },
    { id: 'follow-order', articles: ['admin-auftragsstatus'], doneWhen: (d) => d.orderExecuted },
    { id: 'activation-mail', articles: ['admin-aktivierungsmail', 'admin-aktivierungsmail-fehlt'] },
  ],
};

/** The user's first login ("Erstanmeldung für Benutzer"); the desk-phone step only with a desk phone. */
export const USER_FIRST_LOGIN: WizardFlow = {
  id: 'user-first-login',
  steps: [
    { id: 'welcome', articles: ['benutzer-willkommen'] },
    {
      id: 'request-temporary-password',
      articles: ['benutzer-erstanmeldung-myportal'],
      doneWhen: (d) => d.temporaryPasswordRequested,
    },
    {
      id: 'enter-temporary-password',
      articles: ['benutzer-erstanmeldung-myportal'],
      doneWhen: (d) => d.temporaryLoginDone,
    },
    { id: 'set-password', articles: ['passwortregeln'], doneWhen: (d) => d.passwordSet },
    { id: 'overview', articles: ['benutzer-uebersichtsseite'] },
    {
      id: 'desk-phone',
      articles: ['tischtelefon-erstanmeldung', 'doppelanmeldung-vermeiden'],
      doneWhen: (d) => d.deviceRegistered,
      appliesWhen: (d) => d.hasDeskPhone,
    },
    { id: 'clients', articles: ['desktop-mobile-client'] },
  ],
};

export const FLOWS: Record<string, WizardFlow> = {
  [ADMIN_FIRST_SETUP.id]: ADMIN_FIRST_SETUP,
  [USER_FIRST_LOGIN.id]: USER_FIRST_LOGIN,
};
