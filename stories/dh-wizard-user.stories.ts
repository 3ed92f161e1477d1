import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DerivedState } from '@direkthilfe/core/wizard/engine';
import { apiError, devices, ME, ok } from './mocks/portal-api.js';
import { renderWizard, type Scenario, type WizardArgs } from './mocks/wizard-story.js';

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

/** Before the first login: the user name from the request is kept in the tab's progress. */
const REQUESTED = { choices: { username: 'anna.berger' } };

const user = (args: WizardArgs, scenario: Omit<Scenario, 'flow'> = {}) =>
  renderWizard(args, {
    flow: 'user-first-login',
    authenticated: args.derived?.temporaryLoginDone === true,
    ...scenario,
  });

/** A password the field's own checks let through (the policy is the server's to judge). */
const PASSWORD = 'Kabeltrommel.47';

const meta: Meta<WizardArgs> = {
  title: 'Wizard/User first login',
  component: 'dh-wizard',
  args: { lang: 'de', progress: {} },
  argTypes: { lang: { control: 'inline-radio', options: ['de', 'en'] } },
  render: (args) => user(args),
};
export default meta;

type Story = StoryObj<WizardArgs>;

// Wizard ------------------------------------------------------------------------------------------------

export const ProgressLoading: Story = {
  name: 'Wizard: loading the progress',
  render: (args) => user(args, { all: 'never' }),
};

export const ProgressFailed: Story = {
  name: 'Wizard: progress could not be loaded',
  render: (args) => user(args, { all: 'offline' }),
};

// 1 welcome ---------------------------------------------------------------------------------------------

/** Opened before the first login: every part a workplace can have. */
export const WelcomeBeforeLogin: Story = {
  name: '1 welcome: before the first login',
  args: { derived: BEFORE_LOGIN, progress: { current: 'welcome' } },
};

/** Signed in: the parts this workplace has, from `/api/me`. */
export const WelcomeSignedIn: Story = {
  name: '1 welcome: signed in (assigned parts)',
  args: { derived: LOGGED_IN, progress: { current: 'welcome' } },
};

// 2 request-temporary-password --------------------------------------------------------------------------

export const RequestTemporaryPasswordEmpty: Story = {
  name: '2 request-temporary-password: empty',
  args: { derived: BEFORE_LOGIN, progress: { current: 'request-temporary-password', passed: ['welcome'] } },
};

export const RequestTemporaryPasswordSending: Story = {
  name: '2 request-temporary-password: sending',
  tags: ['!autodocs'],
  args: { derived: BEFORE_LOGIN, progress: { current: 'request-temporary-password', passed: ['welcome'] } },
  render: (args) =>
    user(args, {
      routes: { 'POST /api/auth/temporary-password': 'never' },
      then: async (form) => {
        await form.fill({ username: 'anna.berger' });
        await form.submit();
      },
    }),
};

/** Sent without a user name: the form's own check, at the field. */
export const RequestTemporaryPasswordMissingUsername: Story = {
  name: '2 request-temporary-password: error, user name missing',
  tags: ['!autodocs'],
  args: { derived: BEFORE_LOGIN, progress: { current: 'request-temporary-password', passed: ['welcome'] } },
  render: (args) => user(args, { then: (form) => form.submit() }),
};

/** 429 `rate_limited`: too many requests in a minute. */
export const RequestTemporaryPasswordRateLimited: Story = {
  name: '2 request-temporary-password: error, too many attempts',
  tags: ['!autodocs'],
  args: { derived: BEFORE_LOGIN, progress: { current: 'request-temporary-password', passed: ['welcome'] } },
  render: (args) =>
    user(args, {
      routes: { 'POST /api/auth/temporary-password': apiError(429, 'rate_limited', { params: { seconds: '42' } }) },
      then: async (form) => {
        await form.fill({ username: 'anna.berger' });
        await form.submit();
      },
    }),
};

/** Requested: the user name is kept, "Weiter" is enabled. */
export const RequestTemporaryPasswordDone: Story = {
  name: '2 request-temporary-password: done',
  args: {
    derived: BEFORE_LOGIN,
    progress: { current: 'request-temporary-password', passed: ['welcome'], ...REQUESTED },
  },
};

// 3 enter-temporary-password ----------------------------------------------------------------------------

export const EnterTemporaryPasswordEmpty: Story = {
  name: '3 enter-temporary-password: empty',
  args: { derived: BEFORE_LOGIN, progress: { current: 'enter-temporary-password', passed: ['welcome'], ...REQUESTED } },
};

export const EnterTemporaryPasswordSending: Story = {
  name: '3 enter-temporary-password: sending',
  tags: ['!autodocs'],
  args: { derived: BEFORE_LOGIN, progress: { current: 'enter-temporary-password', passed: ['welcome'], ...REQUESTED } },
  render: (args) =>
    user(args, {
      routes: { 'POST /api/auth/login': 'never' },
      then: async (form) => {
        await form.fill({ password: 'Qm4xT8rZp2Lw' });
        await form.submit();
      },
    }),
};

/** 401 `invalid_credentials`: at the field, and "Neues temporäres Passwort anfordern" comes first. */
export const EnterTemporaryPasswordWrong: Story = {
  name: '3 enter-temporary-password: error, wrong temporary password',
  tags: ['!autodocs'],
  args: { derived: BEFORE_LOGIN, progress: { current: 'enter-temporary-password', passed: ['welcome'], ...REQUESTED } },
  render: (args) =>
    user(args, {
      routes: { 'POST /api/auth/login': apiError(401, 'invalid_credentials', { fields: ['password'] }) },
      then: async (form) => {
        await form.fill({ password: 'Qm4xT8rZp2Lw' });
        await form.submit();
      },
    }),
};

/** 401 `temporary_password_expired` (after 30 minutes). */
export const EnterTemporaryPasswordExpired: Story = {
  name: '3 enter-temporary-password: error, temporary password expired',
  tags: ['!autodocs'],
  args: { derived: BEFORE_LOGIN, progress: { current: 'enter-temporary-password', passed: ['welcome'], ...REQUESTED } },
  render: (args) =>
    user(args, {
      routes: { 'POST /api/auth/login': apiError(401, 'temporary_password_expired', { fields: ['password'] }) },
      then: async (form) => {
        await form.fill({ password: 'Qm4xT8rZp2Lw' });
        await form.submit();
      },
    }),
};

/** "Neues temporäres Passwort anfordern" was chosen: a new one is on its way. */
export const EnterTemporaryPasswordResent: Story = {
  name: '3 enter-temporary-password: new temporary password requested',
  tags: ['!autodocs'],
  args: { derived: BEFORE_LOGIN, progress: { current: 'enter-temporary-password', passed: ['welcome'], ...REQUESTED } },
  render: (args) => user(args, { then: (form) => form.click('button[type="button"]') }),
};

/** The wrong temporary password in English: the API answers in the reader's language. */
export const EnterTemporaryPasswordEnglish: Story = {
  name: '3 enter-temporary-password: error, English',
  tags: ['!autodocs'],
  args: {
    lang: 'en',
    derived: BEFORE_LOGIN,
    progress: { current: 'enter-temporary-password', passed: ['welcome'], ...REQUESTED },
  },
  render: (args) =>
    user(args, {
      routes: { 'POST /api/auth/login': apiError(401, 'invalid_credentials', { fields: ['password'] }) },
      then: async (form) => {
        await form.fill({ password: 'Qm4xT8rZp2Lw' });
        await form.submit();
      },
    }),
};

/** Logged in with the temporary password: "Weiter" is enabled. */
export const EnterTemporaryPasswordDone: Story = {
  name: '3 enter-temporary-password: done',
  args: { derived: LOGGED_IN, progress: { current: 'enter-temporary-password', passed: ['welcome'], ...REQUESTED } },
};

// 4 set-password ----------------------------------------------------------------------------------------

export const SetPasswordEmpty: Story = {
  name: '4 set-password: empty',
  args: { derived: LOGGED_IN, progress: { current: 'set-password', passed: ['welcome'] } },
};

export const SetPasswordSending: Story = {
  name: '4 set-password: sending',
  tags: ['!autodocs'],
  args: { derived: LOGGED_IN, progress: { current: 'set-password', passed: ['welcome'] } },
  render: (args) =>
    user(args, {
      routes: { 'POST /api/auth/password': 'never' },
      then: async (form) => {
        await form.password(PASSWORD);
        await form.submit();
      },
    }),
};

/** 422 `password_policy`: the server's failed rules at the password field. */
export const SetPasswordPolicy: Story = {
  name: '4 set-password: error, password policy',
  tags: ['!autodocs'],
  args: { derived: LOGGED_IN, progress: { current: 'set-password', passed: ['welcome'] } },
  render: (args) =>
    user(args, {
      routes: { 'POST /api/auth/password': apiError(422, 'password_policy') },
      then: async (form) => {
        await form.password('Sommer2024');
        await form.submit();
      },
    }),
};

/** The confirmation differs: the form's own check, at the field. */
export const SetPasswordMismatch: Story = {
  name: '4 set-password: error, passwords differ',
  tags: ['!autodocs'],
  args: { derived: LOGGED_IN, progress: { current: 'set-password', passed: ['welcome'] } },
  render: (args) =>
    user(args, {
      then: async (form) => {
        await form.password(PASSWORD, 'Kabeltrommel.74');
        await form.submit();
      },
    }),
};

/** 401 from `/api/me`: the session of the temporary login has ended. */
export const SetPasswordSessionEnded: Story = {
  name: '4 set-password: error, session ended',
  args: { derived: LOGGED_IN, progress: { current: 'set-password', passed: ['welcome'] } },
  render: (args) => user(args, { routes: { 'GET /api/me': apiError(401, 'unauthenticated') } }),
};

export const SetPasswordDone: Story = {
  name: '4 set-password: done',
  args: { derived: PASSWORD_SET, progress: { current: 'set-password', passed: ['welcome'] } },
};

// 5 overview --------------------------------------------------------------------------------------------

/** Master data, phone number, group, clients and devices. */
export const OverviewDefault: Story = {
  name: '5 overview: default',
  args: { derived: PASSWORD_SET, progress: { current: 'overview', passed: ['welcome'] } },
};

export const OverviewLoading: Story = {
  name: '5 overview: loading',
  args: { derived: PASSWORD_SET, progress: { current: 'overview', passed: ['welcome'] } },
  render: (args) => user(args, { routes: { 'GET /api/me': 'never' } }),
};

export const OverviewLoadFailed: Story = {
  name: '5 overview: error, data could not be loaded',
  args: { derived: PASSWORD_SET, progress: { current: 'overview', passed: ['welcome'] } },
  render: (args) => user(args, { routes: { 'GET /api/me': 'offline' } }),
};

/** No workplace assigned yet. */
export const OverviewNoWorkplace: Story = {
  name: '5 overview: no workplace',
  args: { derived: { ...PASSWORD_SET, hasDeskPhone: false }, progress: { current: 'overview', passed: ['welcome'] } },
  render: (args) =>
    user(args, { routes: { 'GET /api/me': ok({ ...ME, mustChangePassword: false, workplace: null }) } }),
};

/** A workplace without phone number, clients or devices yet. */
export const OverviewNothingAssigned: Story = {
  name: '5 overview: no phone number or devices yet',
  args: { derived: { ...PASSWORD_SET, hasDeskPhone: false }, progress: { current: 'overview', passed: ['welcome'] } },
  render: (args) =>
    user(args, {
      routes: { 'GET /api/me': ok({ ...ME, workplace: { ...ME.workplace!, phoneNumber: null, devices: [] } }) },
    }),
};

// 6 desk-phone ------------------------------------------------------------------------------------------

const AT_DESK_PHONE = { current: 'desk-phone', passed: ['welcome', 'overview'] };

/** Not registered yet; the first-login data hidden until asked for. */
export const DeskPhoneNotRegistered: Story = {
  name: '6 desk-phone: not registered',
  args: { derived: PASSWORD_SET, progress: AT_DESK_PHONE },
};

/** "Erstanmelde-Daten anzeigen" chosen. */
export const DeskPhoneFirstLoginData: Story = {
  name: '6 desk-phone: first-login data shown',
  tags: ['!autodocs'],
  args: { derived: PASSWORD_SET, progress: AT_DESK_PHONE },
  render: (args) => user(args, { then: (form) => form.click('button[aria-controls="first-login-31"]') }),
};

export const DeskPhoneLoading: Story = {
  name: '6 desk-phone: loading',
  args: { derived: PASSWORD_SET, progress: AT_DESK_PHONE },
  render: (args) => user(args, { routes: { 'GET /api/me/devices': 'never' } }),
};

export const DeskPhoneLoadFailed: Story = {
  name: '6 desk-phone: error, status could not be loaded',
  args: { derived: PASSWORD_SET, progress: AT_DESK_PHONE },
  render: (args) => user(args, { routes: { 'GET /api/me/devices': 'offline' } }),
};

/** The same data on two phones: "Doppelanmeldung", with what to do. */
export const DeskPhoneDoubleRegistration: Story = {
  name: '6 desk-phone: error, double registration',
  args: { derived: REGISTERED, progress: AT_DESK_PHONE },
  render: (args) => user(args, { routes: { 'GET /api/me/devices': ok({ devices: devices('doppelanmeldung') }) } }),
};

/** The desk phone was taken off the workplace meanwhile: only the clients are left. */
export const DeskPhoneNone: Story = {
  name: '6 desk-phone: no desk phone',
  args: { derived: PASSWORD_SET, progress: AT_DESK_PHONE },
  render: (args) =>
    user(args, {
      routes: { 'GET /api/me/devices': ok({ devices: devices().filter((d) => d.kind !== 'desk-phone') }) },
    }),
};

/** Registered: the backend confirms the step, "Weiter" is enabled. */
export const DeskPhoneDone: Story = {
  name: '6 desk-phone: done (registered)',
  args: { derived: REGISTERED, progress: AT_DESK_PHONE },
  render: (args) => user(args, { routes: { 'GET /api/me/devices': ok({ devices: devices('angemeldet') }) } }),
};

// 7 clients ---------------------------------------------------------------------------------------------

/** The last step: where the clients come from, and "Abschließen". */
export const Clients: Story = {
  name: '7 clients: default',
  args: { derived: REGISTERED, progress: { current: 'clients', passed: ['welcome', 'overview'] } },
};

/** A workplace without a desk phone: that step is not part of the flow. */
export const ClientsWithoutDeskPhone: Story = {
  name: '7 clients: without a desk phone (6 steps)',
  args: {
    derived: { ...PASSWORD_SET, hasDeskPhone: false },
    progress: { current: 'clients', passed: ['welcome', 'overview'] },
  },
};

/** Every step done: "Geschafft" and "Schließen". */
export const Complete: Story = {
  name: '7 clients: done, flow complete',
  args: { derived: REGISTERED, progress: { current: 'clients', passed: ['welcome', 'overview', 'clients'] } },
};

/** The whole flow complete, in English. */
export const CompleteEnglish: Story = {
  name: 'Wizard: flow complete, English',
  args: {
    lang: 'en',
    derived: REGISTERED,
    progress: { current: 'clients', passed: ['welcome', 'overview', 'clients'] },
  },
};
