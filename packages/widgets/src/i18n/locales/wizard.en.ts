import type { LocaleShape } from '@direkthilfe/core/i18n/resources';
import type de from './wizard.de.js';

export default {
  wizard: {
    progress: 'Step {{position}} of {{total}}',
    stepsLabel: 'Steps',
    status: { done: 'done', current: 'current step', open: 'open', skipped: 'skipped' },
    optional: 'optional',
    back: 'Back',
    next: 'Next',
    skip: 'Skip',
    later: 'Continue later',
    check: 'Check again',
    notDone: 'You can go on as soon as this step is done in the portal.',
    help: 'More in the help',
    done: 'Done: every step is complete.',
    announce: 'Step {{position}} of {{total}}: {{title}}',
    loading: 'Loading your progress …',
    error: 'Your progress could not be loaded. Please sign in.',
    flows: {
      'admin-first-setup': 'First setup for administrators',
      'user-first-login': 'First sign-in to MyPortal',
    },
    steps: {
      'bsp-access': {
        title: 'Access to the Business Service Portal',
        text: 'Register in the Business Service Portal, or sign in with your existing BSP access, such as the one for your mobile contracts.',
        action: 'To sign-in',
      },
      'unlock-permission': {
        title: 'Unlock the permission',
        text: 'Enter the customer number and the one-time password from the welcome letter.',
        action: 'To unlocking',
      },
      'plan-groups': {
        title: 'Plan groups / locations',
        text: 'The group of your contract address exists already. Add more if you want to manage workplaces separately. An activated workplace cannot be moved later: it has to be deleted and set up again, which is only possible after the 30-day minimum term.',
        action: 'Manage groups',
      },
      'set-up-workplace': {
        title: 'Set up the first workplace',
        text: 'Fill in the form "Arbeitsplatz einrichten": name, e-mail address, group, devices and clients.',
        action: 'To the form',
      },
      'add-order': {
        title: 'Activation date and order',
        text: 'Choose the activation date ("schnellstmöglich" is preselected) and click "Auftrag hinzufügen".',
        action: 'To the form',
      },
      'order-cart': {
        title: 'Order the cart (paid)',
        text: 'Check the items and place the paid order. The cart only lasts for this session.',
        action: 'To the cart',
      },
      'follow-order': {
        title: 'Follow the order status',
        text: 'Under "Kontingente & Auftragsstatus" you see when the order is carried out.',
        action: 'To the order status',
      },
      'activation-mail': {
        title: 'The activation mail',
        text: 'The new user receives an e-mail with the user name and the link to the first sign-in. If it does not arrive: check the spam folder and the e-mail address under "Arbeitsplatz anzeigen / bearbeiten".',
        action: 'To the workplaces',
      },
      welcome: {
        title: 'Welcome to Cloud PBX',
        text: 'MyPortal manages your workplace; depending on what is assigned you also get the desktop client, the mobile client and a desk phone.',
        action: 'To the overview',
      },
      'request-temporary-password': {
        title: 'Request a temporary password',
        text: 'Enter your user name and request the temporary password; then continue with "Zum 2. Schritt".',
        action: 'To sign-in',
      },
      'enter-temporary-password': {
        title: 'Sign in with the temporary password',
        text: 'Enter the temporary password from the e-mail. It is valid for 30 minutes.',
        action: 'To sign-in',
      },
      'set-password': {
        title: 'Set your own password',
        text: 'Set a new password that follows the password rules.',
        action: 'Set password',
      },
      overview: {
        title: 'Your overview',
        text: 'The overview shows your master data, phone number, clients and devices.',
        action: 'To the overview',
      },
      'desk-phone': {
        title: 'Sign in on the desk phone',
        text: 'The first sign-in details are under "Endgeräte Einstellungen". Use them on one device only: a double sign-in makes calls ring on the wrong device.',
        action: 'To the devices',
      },
      clients: {
        title: 'Desktop and mobile client',
        text: 'Download the clients under "Hilfe & Downloads"; you sign in with your MyPortal details.',
        action: 'To Help & Downloads',
      },
    },
  },
} satisfies LocaleShape<typeof de>;
