import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DerivedState } from '@direkthilfe/core/wizard/engine';
import { apiError, DRAFT, GROUPS, ok, ORDERS } from './mocks/portal-api.js';
import { renderWizard, tomorrow, type Scenario, type WizardArgs } from './mocks/wizard-story.js';

// Every step of the administrator's first setup in each state it has, on a mocked portal API
// (stories/mocks/portal-api.ts). A story puts the wizard at its step with `progress.current` and the backend's
// `derived` flags. States that only a sent form shows are reached by filling in and sending the form once it
// has rendered; those stories stay off the docs page, where they would move the focus.

/** What the backend derives, step by step. */
const NOTHING: DerivedState = {
  bspAccount: false,
  permissionUnlocked: false,
  groupsPlanned: false,
  workplaceInCart: false,
  cartOrdered: false,
  orderExecuted: false,
};
const ACCESS = { ...NOTHING, bspAccount: true };
const UNLOCKED = { ...ACCESS, permissionUnlocked: true };
const GROUPS_PLANNED = { ...UNLOCKED, groupsPlanned: true };
const IN_CART = { ...GROUPS_PLANNED, workplaceInCart: true };
const ORDERED = { ...IN_CART, cartOrdered: true };
const EXECUTED = { ...ORDERED, orderExecuted: true };

const admin = (args: WizardArgs, scenario: Omit<Scenario, 'flow'> = {}) =>
  renderWizard(args, { flow: 'admin-first-setup', ...scenario });

/** A password the field's own checks let through (the policy is the server's to judge). */
const PASSWORD = 'Kabeltrommel.47';

const meta: Meta<WizardArgs> = {
  title: 'Wizard/Admin first setup',
  component: 'dh-wizard',
  args: { lang: 'de', progress: {} },
  argTypes: { lang: { control: 'inline-radio', options: ['de', 'en'] } },
  render: (args) => admin(args),
};
export default meta;

type Story = StoryObj<WizardArgs>;

// Wizard ------------------------------------------------------------------------------------------------

/** The saved progress has not come from the API yet. */
export const ProgressLoading: Story = {
  name: 'Wizard: loading the progress',
  render: (args) => admin(args, { all: 'never' }),
};

/** The API cannot be reached: the wizard says so and offers to try again. */
export const ProgressFailed: Story = {
  name: 'Wizard: progress could not be loaded',
  render: (args) => admin(args, { all: 'offline' }),
};

/** The progress comes from the (mocked) API: the admin left off at the cart on another device. */
export const ProgressFromBackend: Story = {
  name: 'Wizard: resumed from the backend',
  render: (args) =>
    admin(args, {
      routes: {
        'GET /api/onboarding/admin-first-setup': ok({
          flow: 'admin-first-setup',
          authenticated: true,
          state: { current: 'order-cart' },
          updatedAt: '2025-03-10T09:12:40.000Z',
          derived: IN_CART,
          summary: { current: 'order-cart', position: 6, total: 8, complete: false },
        }),
      },
    }),
};

// 1 bsp-access ------------------------------------------------------------------------------------------

/** A new administrator: register in the Business Service Portal (the default choice). */
export const BspAccessEmpty: Story = {
  name: '1 bsp-access: empty (register)',
  args: { derived: NOTHING, progress: { current: 'bsp-access' } },
};

/** The other choice: log in with an existing access. */
export const BspAccessExisting: Story = {
  name: '1 bsp-access: empty (existing access)',
  args: { derived: NOTHING, progress: { current: 'bsp-access', choices: { access: 'existing' } } },
};

/** Registering, and the API has not answered yet. */
export const BspAccessSending: Story = {
  name: '1 bsp-access: sending',
  tags: ['!autodocs'],
  args: { derived: NOTHING, progress: { current: 'bsp-access' } },
  render: (args) =>
    admin(args, {
      routes: { 'POST /api/admin/register': 'never' },
      then: async (form) => {
        await form.fill({ username: 'jonas.keller', email: 'jonas.keller@muster-elektro.example' });
        await form.password(PASSWORD);
        await form.submit();
      },
    }),
};

/** 409 `username_taken`: the message stands at the user name. */
export const BspAccessUsernameTaken: Story = {
  name: '1 bsp-access: error, user name taken',
  tags: ['!autodocs'],
  args: { derived: NOTHING, progress: { current: 'bsp-access' } },
  render: (args) =>
    admin(args, {
      routes: { 'POST /api/admin/register': apiError(409, 'username_taken', { fields: ['username'] }) },
      then: async (form) => {
        await form.fill({ username: 'jonas.keller', email: 'jonas.keller@muster-elektro.example' });
        await form.password(PASSWORD);
        await form.submit();
      },
    }),
};

/** 422 `password_policy`: the server's failed rules stand at the password field. */
export const BspAccessPasswordPolicy: Story = {
  name: '1 bsp-access: error, password policy',
  tags: ['!autodocs'],
  args: { derived: NOTHING, progress: { current: 'bsp-access' } },
  render: (args) =>
    admin(args, {
      routes: { 'POST /api/admin/register': apiError(422, 'password_policy') },
      then: async (form) => {
        await form.fill({ username: 'jonas.keller', email: 'jonas.keller@muster-elektro.example' });
        await form.password('Sommer2024');
        await form.submit();
      },
    }),
};

/** 401 `invalid_credentials` when logging in with an existing access: at the password. */
export const BspAccessWrongPassword: Story = {
  name: '1 bsp-access: error, wrong password (existing access)',
  tags: ['!autodocs'],
  args: { derived: NOTHING, progress: { current: 'bsp-access', choices: { access: 'existing' } } },
  render: (args) =>
    admin(args, {
      routes: { 'POST /api/auth/login': apiError(401, 'invalid_credentials', { fields: ['password'] }) },
      then: async (form) => {
        await form.fill({ username: 'jonas.keller', password: 'Kabeltrommel.74' });
        await form.submit();
      },
    }),
};

/** The server is not reached: the input stays, the alert says to try again. */
export const BspAccessOffline: Story = {
  name: '1 bsp-access: error, server not reached',
  tags: ['!autodocs'],
  args: { derived: NOTHING, progress: { current: 'bsp-access' } },
  render: (args) =>
    admin(args, {
      routes: { 'POST /api/admin/register': 'offline' },
      then: async (form) => {
        await form.fill({ username: 'jonas.keller', email: 'jonas.keller@muster-elektro.example' });
        await form.password(PASSWORD);
        await form.submit();
      },
    }),
};

/** The backend knows the access: "Weiter" is enabled. */
export const BspAccessDone: Story = {
  name: '1 bsp-access: done',
  args: { derived: ACCESS, progress: { current: 'bsp-access', choices: { access: 'register' } } },
};

// 2 unlock-permission -----------------------------------------------------------------------------------

export const UnlockPermissionEmpty: Story = {
  name: '2 unlock-permission: empty',
  args: { derived: ACCESS, progress: { current: 'unlock-permission' } },
};

export const UnlockPermissionSending: Story = {
  name: '2 unlock-permission: sending',
  tags: ['!autodocs'],
  args: { derived: ACCESS, progress: { current: 'unlock-permission' } },
  render: (args) =>
    admin(args, {
      routes: { 'POST /api/admin/activate': 'never' },
      then: async (form) => {
        await form.fill({ customerNumber: '4711-0815-42', oneTimePassword: 'X7pQ2mLk9Rt4' });
        await form.submit();
      },
    }),
};

/** 403 `activation_failed`: the message at the one-time password, with what to check. */
export const UnlockPermissionWrongOneTimePassword: Story = {
  name: '2 unlock-permission: error, wrong one-time password',
  tags: ['!autodocs'],
  args: { derived: ACCESS, progress: { current: 'unlock-permission' } },
  render: (args) =>
    admin(args, {
      routes: { 'POST /api/admin/activate': apiError(403, 'activation_failed', { fields: ['oneTimePassword'] }) },
      then: async (form) => {
        await form.fill({ customerNumber: '4711-0815-42', oneTimePassword: 'X7pQ2mLk9Rt4' });
        await form.submit();
      },
    }),
};

/** The same in English: the API answers in the reader's language. */
export const UnlockPermissionEnglish: Story = {
  name: '2 unlock-permission: error, English',
  tags: ['!autodocs'],
  args: { lang: 'en', derived: ACCESS, progress: { current: 'unlock-permission' } },
  render: (args) =>
    admin(args, {
      routes: { 'POST /api/admin/activate': apiError(403, 'activation_failed', { fields: ['oneTimePassword'] }) },
      then: async (form) => {
        await form.fill({ customerNumber: '4711-0815-42', oneTimePassword: 'X7pQ2mLk9Rt4' });
        await form.submit();
      },
    }),
};

export const UnlockPermissionDone: Story = {
  name: '2 unlock-permission: done',
  args: { derived: UNLOCKED, progress: { current: 'unlock-permission' } },
};

// 3 plan-groups (optional) ------------------------------------------------------------------------------

/** Only the default group from the contract address; the step can be skipped. */
export const PlanGroupsEmpty: Story = {
  name: '3 plan-groups: only the default group',
  args: { derived: UNLOCKED, progress: { current: 'plan-groups' } },
};

export const PlanGroupsLoading: Story = {
  name: '3 plan-groups: loading',
  args: { derived: UNLOCKED, progress: { current: 'plan-groups' } },
  render: (args) => admin(args, { routes: { 'GET /api/admin/groups': 'never' } }),
};

export const PlanGroupsLoadFailed: Story = {
  name: '3 plan-groups: error, groups could not be loaded',
  args: { derived: UNLOCKED, progress: { current: 'plan-groups' } },
  render: (args) => admin(args, { routes: { 'GET /api/admin/groups': 'offline' } }),
};

export const PlanGroupsSending: Story = {
  name: '3 plan-groups: sending',
  tags: ['!autodocs'],
  args: { derived: UNLOCKED, progress: { current: 'plan-groups' } },
  render: (args) =>
    admin(args, {
      routes: { 'POST /api/admin/groups': 'never' },
      then: async (form) => {
        await form.fill({ name: 'Standort Köln', address: 'Hohenzollernring 48, 50672 Köln' });
        await form.submit();
      },
    }),
};

/** 409 `group_name_taken` at the name. */
export const PlanGroupsNameTaken: Story = {
  name: '3 plan-groups: error, group name taken',
  tags: ['!autodocs'],
  args: { derived: UNLOCKED, progress: { current: 'plan-groups' } },
  render: (args) =>
    admin(args, {
      routes: { 'POST /api/admin/groups': apiError(409, 'group_name_taken', { fields: ['name'] }) },
      then: async (form) => {
        await form.fill({ name: 'Hauptsitz Bonn' });
        await form.submit();
      },
    }),
};

/** A second group exists: the backend counts the step as done. */
export const PlanGroupsDone: Story = {
  name: '3 plan-groups: done',
  args: { derived: GROUPS_PLANNED, progress: { current: 'plan-groups' } },
  render: (args) => admin(args, { routes: { 'GET /api/admin/groups': ok({ groups: GROUPS }) } }),
};

// 4 set-up-workplace ------------------------------------------------------------------------------------

export const SetUpWorkplaceEmpty: Story = {
  name: '4 set-up-workplace: empty',
  args: { derived: GROUPS_PLANNED, progress: { current: 'set-up-workplace' } },
  render: (args) => admin(args, { routes: { 'GET /api/admin/groups': ok({ groups: GROUPS }) } }),
};

export const SetUpWorkplaceLoading: Story = {
  name: '4 set-up-workplace: loading',
  args: { derived: GROUPS_PLANNED, progress: { current: 'set-up-workplace' } },
  render: (args) => admin(args, { routes: { 'GET /api/admin/device-models': 'never' } }),
};

export const SetUpWorkplaceLoadFailed: Story = {
  name: '4 set-up-workplace: error, form data could not be loaded',
  args: { derived: GROUPS_PLANNED, progress: { current: 'set-up-workplace' } },
  render: (args) => admin(args, { routes: { 'GET /api/admin/device-models': 'offline' } }),
};

/** Sent empty: the form's own check names each missing field. */
export const SetUpWorkplaceMissingInput: Story = {
  name: '4 set-up-workplace: error, missing input',
  tags: ['!autodocs'],
  args: { derived: GROUPS_PLANNED, progress: { current: 'set-up-workplace' } },
  render: (args) =>
    admin(args, {
      routes: { 'GET /api/admin/groups': ok({ groups: GROUPS }) },
      then: (form) => form.submit(),
    }),
};

export const SetUpWorkplaceSending: Story = {
  name: '4 set-up-workplace: sending',
  tags: ['!autodocs'],
  args: { derived: GROUPS_PLANNED, progress: { current: 'set-up-workplace' } },
  render: (args) =>
    admin(args, {
      routes: { 'GET /api/admin/groups': ok({ groups: GROUPS }), 'POST /api/cart/items/check': 'never' },
      then: async (form) => {
        await form.fill({ name: DRAFT.name, email: DRAFT.email });
        await form.submit();
      },
    }),
};

/** 404 `group_not_found` from the check (the group was removed meanwhile): at the group. */
export const SetUpWorkplaceGroupGone: Story = {
  name: '4 set-up-workplace: error, group no longer exists',
  tags: ['!autodocs'],
  args: { derived: GROUPS_PLANNED, progress: { current: 'set-up-workplace' } },
  render: (args) =>
    admin(args, {
      routes: {
        'GET /api/admin/groups': ok({ groups: GROUPS }),
        'POST /api/cart/items/check': apiError(404, 'group_not_found', { fields: ['groupId'] }),
      },
      then: async (form) => {
        await form.fill({ name: DRAFT.name, email: DRAFT.email, groupId: '2' });
        await form.submit();
      },
    }),
};

/** The backend checked the form; the draft is kept with the progress, "Weiter" is enabled. */
export const SetUpWorkplaceDone: Story = {
  name: '4 set-up-workplace: done (checked)',
  args: { derived: GROUPS_PLANNED, progress: { current: 'set-up-workplace', draft: { ...DRAFT } } },
  render: (args) => admin(args, { routes: { 'GET /api/admin/groups': ok({ groups: GROUPS }) } }),
};

/** The same form in English. */
export const SetUpWorkplaceEnglish: Story = {
  name: '4 set-up-workplace: English',
  args: { lang: 'en', derived: GROUPS_PLANNED, progress: { current: 'set-up-workplace' } },
  render: (args) => admin(args, { routes: { 'GET /api/admin/groups': ok({ groups: GROUPS }) } }),
};

// 5 add-order -------------------------------------------------------------------------------------------

/** The checked workplace, "schnellstmöglich" chosen. */
export const AddOrderEmpty: Story = {
  name: '5 add-order: default (as soon as possible)',
  args: { derived: GROUPS_PLANNED, progress: { current: 'add-order', draft: { ...DRAFT } } },
};

export const AddOrderSending: Story = {
  name: '5 add-order: sending',
  tags: ['!autodocs'],
  args: { derived: GROUPS_PLANNED, progress: { current: 'add-order', draft: { ...DRAFT } } },
  render: (args) =>
    admin(args, {
      routes: { 'POST /api/cart/items': 'never' },
      then: (form) => form.submit(),
    }),
};

/** A date chosen, and 400 `activation_date_past` from the server (e.g. after midnight): at the date. */
export const AddOrderDatePast: Story = {
  name: '5 add-order: error, activation date in the past',
  tags: ['!autodocs'],
  args: { derived: GROUPS_PLANNED, progress: { current: 'add-order', draft: { ...DRAFT } } },
  render: (args) =>
    admin(args, {
      routes: { 'POST /api/cart/items': apiError(400, 'activation_date_past', { fields: ['activationDate'] }) },
      then: async (form) => {
        await form.click('#on-date');
        await form.fill({ activationDate: tomorrow() });
        await form.submit();
      },
    }),
};

export const AddOrderOffline: Story = {
  name: '5 add-order: error, server not reached',
  tags: ['!autodocs'],
  args: { derived: GROUPS_PLANNED, progress: { current: 'add-order', draft: { ...DRAFT } } },
  render: (args) =>
    admin(args, {
      routes: { 'POST /api/cart/items': 'offline' },
      then: (form) => form.submit(),
    }),
};

/** The order is in the cart. */
export const AddOrderDone: Story = {
  name: '5 add-order: done',
  args: { derived: IN_CART, progress: { current: 'add-order' } },
};

// 6 order-cart ------------------------------------------------------------------------------------------

/** The cart with its item, what it costs, and "Kostenpflichtig bestellen". */
export const OrderCartDefault: Story = {
  name: '6 order-cart: default (one item)',
  args: { derived: IN_CART, progress: { current: 'order-cart' } },
};

/** The item was removed in the portal's cart meanwhile. */
export const OrderCartEmpty: Story = {
  name: '6 order-cart: empty cart',
  args: { derived: IN_CART, progress: { current: 'order-cart' } },
  render: (args) => admin(args, { routes: { 'GET /api/cart': ok({ items: [] }) } }),
};

export const OrderCartLoading: Story = {
  name: '6 order-cart: loading',
  args: { derived: IN_CART, progress: { current: 'order-cart' } },
  render: (args) => admin(args, { routes: { 'GET /api/cart': 'never' } }),
};

export const OrderCartLoadFailed: Story = {
  name: '6 order-cart: error, cart could not be loaded',
  args: { derived: IN_CART, progress: { current: 'order-cart' } },
  render: (args) => admin(args, { routes: { 'GET /api/cart': 'offline' } }),
};

export const OrderCartSending: Story = {
  name: '6 order-cart: sending',
  tags: ['!autodocs'],
  args: { derived: IN_CART, progress: { current: 'order-cart' } },
  render: (args) =>
    admin(args, {
      routes: { 'POST /api/cart/checkout': 'never' },
      then: (form) => form.submit(),
    }),
};

/** The order did not get through: the same key makes a second try safe. */
export const OrderCartCheckoutOffline: Story = {
  name: '6 order-cart: error, server not reached',
  tags: ['!autodocs'],
  args: { derived: IN_CART, progress: { current: 'order-cart' } },
  render: (args) =>
    admin(args, {
      routes: { 'POST /api/cart/checkout': 'offline' },
      then: (form) => form.submit(),
    }),
};

/** 409 `cart_empty`: the cart was ordered or emptied in another tab. */
export const OrderCartCheckoutRejected: Story = {
  name: '6 order-cart: error, cart emptied meanwhile',
  tags: ['!autodocs'],
  args: { derived: IN_CART, progress: { current: 'order-cart' } },
  render: (args) =>
    admin(args, {
      routes: { 'POST /api/cart/checkout': apiError(409, 'cart_empty') },
      then: (form) => form.submit(),
    }),
};

/** Ordered: the cart is empty, the backend confirms the order. */
export const OrderCartDone: Story = {
  name: '6 order-cart: done',
  args: { derived: ORDERED, progress: { current: 'order-cart' } },
  render: (args) => admin(args, { routes: { 'GET /api/cart': ok({ items: [] }) } }),
};

// 7 follow-order ----------------------------------------------------------------------------------------

/** Just ordered: "bestellt". */
export const FollowOrderOrdered: Story = {
  name: '7 follow-order: ordered',
  args: { derived: ORDERED, progress: { current: 'follow-order' } },
};

export const FollowOrderInProgress: Story = {
  name: '7 follow-order: in progress',
  args: { derived: ORDERED, progress: { current: 'follow-order' } },
  render: (args) => admin(args, { routes: { 'GET /api/orders': ok({ orders: [ORDERS.inProgress] }) } }),
};

export const FollowOrderNoOrders: Story = {
  name: '7 follow-order: no orders',
  args: { derived: ORDERED, progress: { current: 'follow-order' } },
  render: (args) => admin(args, { routes: { 'GET /api/orders': ok({ orders: [] }) } }),
};

export const FollowOrderLoading: Story = {
  name: '7 follow-order: loading',
  args: { derived: ORDERED, progress: { current: 'follow-order' } },
  render: (args) => admin(args, { routes: { 'GET /api/orders': 'never' } }),
};

export const FollowOrderLoadFailed: Story = {
  name: '7 follow-order: error, orders could not be loaded',
  args: { derived: ORDERED, progress: { current: 'follow-order' } },
  render: (args) => admin(args, { routes: { 'GET /api/orders': 'offline' } }),
};

/** The order failed ("fehlgeschlagen", with the reason); a new order is on its way. */
export const FollowOrderFailed: Story = {
  name: '7 follow-order: error, order failed',
  args: { derived: ORDERED, progress: { current: 'follow-order' } },
  render: (args) => admin(args, { routes: { 'GET /api/orders': ok({ orders: [ORDERS.ordered, ORDERS.failed] }) } }),
};

/** Carried out ("ausgeführt"): the backend confirms the step, "Weiter" is enabled. */
export const FollowOrderDone: Story = {
  name: '7 follow-order: done',
  args: { derived: EXECUTED, progress: { current: 'follow-order' } },
  render: (args) => admin(args, { routes: { 'GET /api/orders': ok({ orders: [ORDERS.executed] }) } }),
};

// 8 activation-mail -------------------------------------------------------------------------------------

/** The last step: who got the mail (from the orders carried out), what to do if it does not arrive, "Abschließen". */
export const ActivationMail: Story = {
  name: '8 activation-mail: default',
  args: { derived: EXECUTED, progress: { current: 'activation-mail' } },
  render: (args) => admin(args, { routes: { 'GET /api/orders': ok({ orders: [ORDERS.executed] }) } }),
};

export const ActivationMailLoading: Story = {
  name: '8 activation-mail: loading',
  args: { derived: EXECUTED, progress: { current: 'activation-mail' } },
  render: (args) => admin(args, { routes: { 'GET /api/orders': 'never' } }),
};

export const ActivationMailLoadFailed: Story = {
  name: '8 activation-mail: error, orders could not be loaded',
  args: { derived: EXECUTED, progress: { current: 'activation-mail' } },
  render: (args) => admin(args, { routes: { 'GET /api/orders': 'offline' } }),
};

/** Every step done: "Geschafft" and "Schließen". */
export const Complete: Story = {
  name: '8 activation-mail: done, flow complete',
  args: { derived: EXECUTED, progress: { current: 'activation-mail', passed: ['activation-mail'] } },
};

/** The whole flow complete, in English. */
export const CompleteEnglish: Story = {
  name: 'Wizard: flow complete, English',
  args: { lang: 'en', derived: EXECUTED, progress: { current: 'activation-mail', passed: ['activation-mail'] } },
};
