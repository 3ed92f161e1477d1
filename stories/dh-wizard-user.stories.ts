import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DerivedState } from '@direkthilfe/core/wizard/engine';
import { apiError, devices, ME, ok } from './mocks/portal-api.js';
import { PASSWORD, wizardStories, type At, type Form, type WizardArgs } from './mocks/wizard-story.js';

// Every step of the user's first login in MyPortal in each state it has, on a mocked portal API
// (stories/mocks/portal-api.ts). A story puts the wizard at its step with `progress.current` and the backend's
// `derived` flags. States that only a sent form shows are reached by filling in and sending the form once it
// has rendered; those stories stay off the docs page, where they would move the focus.

/** Before the first login there is no session, so the backend derives nothing yet. */
const BEFORE_LOGIN: DerivedState = {
  temporaryPasswordRequested: false,
  temporaryLoginDone: false,
  passwordSet: false,
  hasDeskPhone: false,
  deviceRegistered: false,
};
/** Logged in with the temporary password; the workplace has a desk phone. */
const LOGGED_IN = {
  ...BEFORE_LOGIN,
  temporaryPasswordRequested: true,
  temporaryLoginDone: true,
  hasDeskPhone: true,
};
const PASSWORD_SET = { ...LOGGED_IN, passwordSet: true };
const REGISTERED = { ...PASSWORD_SET, deviceRegistered: true };
/** The password is set; the workplace has no desk phone. */
const NO_DESK_PHONE = { ...PASSWORD_SET, hasDeskPhone: false };

/** Before the first login: the user name from the request is kept in the tab's progress. */
const REQUESTED = { choices: { username: 'anna.berger' } };

/** Before the first login there is no session yet. */
const flow = wizardStories('user-first-login', { authenticated: (args) => args.derived?.temporaryLoginDone === true });
const { at, answering, sent, clicked, wizard } = flow;

const meta: Meta<WizardArgs> = { title: 'Wizard/User first login', component: 'dh-wizard', ...flow.meta };
export default meta;

type Story = StoryObj<WizardArgs>;

/** Each step with what the backend derives once the steps before it are done. */
const AT_REQUEST_TEMPORARY_PASSWORD: At = {
  derived: BEFORE_LOGIN,
  progress: { current: 'request-temporary-password', passed: ['welcome'] },
};
const AT_ENTER_TEMPORARY_PASSWORD: At = {
  derived: BEFORE_LOGIN,
  progress: { current: 'enter-temporary-password', passed: ['welcome'], ...REQUESTED },
};
const AT_SET_PASSWORD: At = { derived: LOGGED_IN, progress: { current: 'set-password', passed: ['welcome'] } };
const AT_OVERVIEW: At = { derived: PASSWORD_SET, progress: { current: 'overview', passed: ['welcome'] } };
const AT_DESK_PHONE: At = {
  derived: PASSWORD_SET,
  progress: { current: 'desk-phone', passed: ['welcome', 'overview'] },
};
const AT_CLIENTS: At = { derived: REGISTERED, progress: { current: 'clients', passed: ['welcome', 'overview'] } };
const AT_COMPLETE: At = {
  derived: REGISTERED,
  progress: { current: 'clients', passed: ['welcome', 'overview', 'clients'] },
};

/** The steps' forms, filled in as Anna Berger would. */
const REQUEST: Form = { route: 'POST /api/auth/temporary-password', fill: { username: 'anna.berger' } };
const LOG_IN: Form = { route: 'POST /api/auth/login', fill: { password: 'Qm4xT8rZp2Lw' } };
const NEW_PASSWORD: Form = { route: 'POST /api/auth/password', password: PASSWORD };

// Wizard ------------------------------------------------------------------------------------------------

export const ProgressLoading: Story = { name: 'Wizard: loading the progress', ...wizard({ all: 'never' }) };

export const ProgressFailed: Story = { name: 'Wizard: progress could not be loaded', ...wizard({ all: 'offline' }) };

// 1 welcome ---------------------------------------------------------------------------------------------

/** Opened before the first login: every part a workplace can have. */
export const WelcomeBeforeLogin: Story = {
  name: '1 welcome: before the first login',
  ...at({ derived: BEFORE_LOGIN, progress: { current: 'welcome' } }),
};

/** Signed in: the parts this workplace has, from `/api/me`. */
export const WelcomeSignedIn: Story = {
  name: '1 welcome: signed in (assigned parts)',
  ...at({ derived: LOGGED_IN, progress: { current: 'welcome' } }),
};

// 2 request-temporary-password --------------------------------------------------------------------------

export const RequestTemporaryPasswordEmpty: Story = {
  name: '2 request-temporary-password: empty',
  ...at(AT_REQUEST_TEMPORARY_PASSWORD),
};

export const RequestTemporaryPasswordSending: Story = {
  name: '2 request-temporary-password: sending',
  tags: ['!autodocs'],
  ...sent(AT_REQUEST_TEMPORARY_PASSWORD, REQUEST, 'never'),
};

/** Sent without a user name: the form's own check, at the field. */
export const RequestTemporaryPasswordMissingUsername: Story = {
  name: '2 request-temporary-password: error, user name missing',
  tags: ['!autodocs'],
  ...sent(AT_REQUEST_TEMPORARY_PASSWORD, { route: REQUEST.route }),
};

/** 429 `rate_limited`: too many requests in a minute. */
export const RequestTemporaryPasswordRateLimited: Story = {
  name: '2 request-temporary-password: error, too many attempts',
  tags: ['!autodocs'],
  ...sent(AT_REQUEST_TEMPORARY_PASSWORD, REQUEST, apiError(429, 'rate_limited', { params: { seconds: '42' } })),
};

/** Requested: the user name is kept, "Weiter" is enabled. */
export const RequestTemporaryPasswordDone: Story = {
  name: '2 request-temporary-password: done',
  ...at({
    derived: BEFORE_LOGIN,
    progress: { current: 'request-temporary-password', passed: ['welcome'], ...REQUESTED },
  }),
};

// 3 enter-temporary-password ----------------------------------------------------------------------------

export const EnterTemporaryPasswordEmpty: Story = {
  name: '3 enter-temporary-password: empty',
  ...at(AT_ENTER_TEMPORARY_PASSWORD),
};

export const EnterTemporaryPasswordSending: Story = {
  name: '3 enter-temporary-password: sending',
  tags: ['!autodocs'],
  ...sent(AT_ENTER_TEMPORARY_PASSWORD, LOG_IN, 'never'),
};

/** 401 `invalid_credentials`: at the field, and "Neues temporäres Passwort anfordern" comes first. */
export const EnterTemporaryPasswordWrong: Story = {
  name: '3 enter-temporary-password: error, wrong temporary password',
  tags: ['!autodocs'],
  ...sent(AT_ENTER_TEMPORARY_PASSWORD, LOG_IN, apiError(401, 'invalid_credentials', { fields: ['password'] })),
};

/** 401 `temporary_password_expired` (after 30 minutes). */
export const EnterTemporaryPasswordExpired: Story = {
  name: '3 enter-temporary-password: error, temporary password expired',
  tags: ['!autodocs'],
  ...sent(AT_ENTER_TEMPORARY_PASSWORD, LOG_IN, apiError(401, 'temporary_password_expired', { fields: ['password'] })),
};

/** "Neues temporäres Passwort anfordern" was chosen: a new one is on its way. */
export const EnterTemporaryPasswordResent: Story = {
  name: '3 enter-temporary-password: new temporary password requested',
  tags: ['!autodocs'],
  ...clicked(AT_ENTER_TEMPORARY_PASSWORD, 'button[type="button"]'),
};

/** The wrong temporary password in English: the API answers in the reader's language. */
export const EnterTemporaryPasswordEnglish: Story = {
  name: '3 enter-temporary-password: error, English',
  tags: ['!autodocs'],
  ...sent(
    { ...AT_ENTER_TEMPORARY_PASSWORD, lang: 'en' },
    LOG_IN,
    apiError(401, 'invalid_credentials', { fields: ['password'] }),
  ),
};

/** Logged in with the temporary password: "Weiter" is enabled. */
export const EnterTemporaryPasswordDone: Story = {
  name: '3 enter-temporary-password: done',
  ...at({ ...AT_ENTER_TEMPORARY_PASSWORD, derived: LOGGED_IN }),
};

// 4 set-password ----------------------------------------------------------------------------------------

export const SetPasswordEmpty: Story = { name: '4 set-password: empty', ...at(AT_SET_PASSWORD) };

export const SetPasswordSending: Story = {
  name: '4 set-password: sending',
  tags: ['!autodocs'],
  ...sent(AT_SET_PASSWORD, NEW_PASSWORD, 'never'),
};

/** 422 `password_policy`: the server's failed rules at the password field. */
export const SetPasswordPolicy: Story = {
  name: '4 set-password: error, password policy',
  tags: ['!autodocs'],
  ...sent(AT_SET_PASSWORD, { ...NEW_PASSWORD, password: 'Sommer2024' }, apiError(422, 'password_policy')),
};

/** The confirmation differs: the form's own check, at the field. */
export const SetPasswordMismatch: Story = {
  name: '4 set-password: error, passwords differ',
  tags: ['!autodocs'],
  ...sent(AT_SET_PASSWORD, { ...NEW_PASSWORD, confirmation: 'Kabeltrommel.74' }),
};

/** 401 from `/api/me`: the session of the temporary login has ended. */
export const SetPasswordSessionEnded: Story = {
  name: '4 set-password: error, session ended',
  ...answering(AT_SET_PASSWORD, 'GET /api/me', apiError(401, 'unauthenticated')),
};

export const SetPasswordDone: Story = {
  name: '4 set-password: done',
  ...at({ ...AT_SET_PASSWORD, derived: PASSWORD_SET }),
};

// 5 overview --------------------------------------------------------------------------------------------

/** Master data, phone number, group, clients and devices. */
export const OverviewDefault: Story = { name: '5 overview: default', ...at(AT_OVERVIEW) };

export const OverviewLoading: Story = {
  name: '5 overview: loading',
  ...answering(AT_OVERVIEW, 'GET /api/me', 'never'),
};

export const OverviewLoadFailed: Story = {
  name: '5 overview: error, data could not be loaded',
  ...answering(AT_OVERVIEW, 'GET /api/me', 'offline'),
};

/** No workplace assigned yet. */
export const OverviewNoWorkplace: Story = {
  name: '5 overview: no workplace',
  ...answering(
    { ...AT_OVERVIEW, derived: NO_DESK_PHONE },
    'GET /api/me',
    ok({ ...ME, mustChangePassword: false, workplace: null }),
  ),
};

/** A workplace without phone number, clients or devices yet. */
export const OverviewNothingAssigned: Story = {
  name: '5 overview: no phone number or devices yet',
  ...answering(
    { ...AT_OVERVIEW, derived: NO_DESK_PHONE },
    'GET /api/me',
    ok({ ...ME, workplace: { ...ME.workplace!, phoneNumber: null, devices: [] } }),
  ),
};

// 6 desk-phone ------------------------------------------------------------------------------------------

/** Not registered yet; the first-login data hidden until asked for. */
export const DeskPhoneNotRegistered: Story = { name: '6 desk-phone: not registered', ...at(AT_DESK_PHONE) };

/** "Erstanmelde-Daten anzeigen" chosen. */
export const DeskPhoneFirstLoginData: Story = {
  name: '6 desk-phone: first-login data shown',
  tags: ['!autodocs'],
  ...clicked(AT_DESK_PHONE, 'button[aria-controls="first-login-31"]'),
};

/** The demo portal: the phone's own registration offered in place, marked as a simulation. */
export const DeskPhoneDemo: Story = {
  name: '6 desk-phone: demo, simulated phone in place',
  ...at({
    ...AT_DESK_PHONE,
    routes: {
      'GET /api/onboarding/:flow': ok({
        flow: 'user-first-login',
        authenticated: true,
        state: { ...AT_DESK_PHONE.progress },
        updatedAt: null,
        derived: { ...AT_DESK_PHONE.derived },
        summary: { current: 'desk-phone', position: 6, total: 7, complete: false },
        demo: true,
      }),
    },
  }),
};

export const DeskPhoneLoading: Story = {
  name: '6 desk-phone: loading',
  ...answering(AT_DESK_PHONE, 'GET /api/me/devices', 'never'),
};

export const DeskPhoneLoadFailed: Story = {
  name: '6 desk-phone: error, status could not be loaded',
  ...answering(AT_DESK_PHONE, 'GET /api/me/devices', 'offline'),
};

/** The same data on two phones: "Doppelanmeldung", with what to do. */
/** Two devices with the same data: shown as a problem, and the backend does not count the step as done. */
export const DeskPhoneDoubleRegistration: Story = {
  name: '6 desk-phone: error, double registration',
  ...answering(AT_DESK_PHONE, 'GET /api/me/devices', ok({ devices: devices('double_registered') })),
};

/** The desk phone was taken off the workplace meanwhile: only the clients are left. */
export const DeskPhoneNone: Story = {
  name: '6 desk-phone: no desk phone',
  ...answering(AT_DESK_PHONE, 'GET /api/me/devices', ok({ devices: devices().filter((d) => d.kind !== 'desk-phone') })),
};

/** Registered: the backend confirms the step, "Weiter" is enabled. */
export const DeskPhoneDone: Story = {
  name: '6 desk-phone: done (registered)',
  ...answering(
    { ...AT_DESK_PHONE, derived: REGISTERED },
    'GET /api/me/devices',
    ok({ devices: devices('registered') }),
  ),
};

// 7 clients ---------------------------------------------------------------------------------------------

/** The last step: where the clients come from, and "Abschließen". */
export const Clients: Story = { name: '7 clients: default', ...at(AT_CLIENTS) };

/** A workplace without a desk phone: that step is not part of the flow. */
export const ClientsWithoutDeskPhone: Story = {
  name: '7 clients: without a desk phone (6 steps)',
  ...at({ ...AT_CLIENTS, derived: NO_DESK_PHONE }),
};

/** Every step done: "Geschafft" and "Schließen". */
export const Complete: Story = { name: '7 clients: done, flow complete', ...at(AT_COMPLETE) };

/** The whole flow complete, in English. */
export const CompleteEnglish: Story = { name: 'Wizard: flow complete, English', ...at({ ...AT_COMPLETE, lang: 'en' }) };
