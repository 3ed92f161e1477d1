import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DerivedState } from '@direkthilfe/core/wizard/engine';
import { apiError, DRAFT, GROUPS, ok, ORDERS } from './mocks/portal-api.js';
import { PASSWORD, tomorrow, wizardStories, type At, type Form, type WizardArgs } from './mocks/wizard-story.js';

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

const flow = wizardStories('admin-first-setup');
const { at, answering, sent, clicked, wizard } = flow;

const meta: Meta<WizardArgs> = { title: 'Wizard/Admin first setup', component: 'dh-wizard', ...flow.meta };
export default meta;

type Story = StoryObj<WizardArgs>;

/** Each step with what the backend derives once the steps before it are done. */
const AT_BSP_ACCESS: At = { derived: NOTHING, progress: { current: 'bsp-access' } };
const AT_EXISTING_ACCESS: At = {
  derived: NOTHING,
  progress: { current: 'bsp-access', choices: { access: 'existing' } },
};
const AT_UNLOCK_PERMISSION: At = { derived: ACCESS, progress: { current: 'unlock-permission' } };
const AT_PLAN_GROUPS: At = { derived: UNLOCKED, progress: { current: 'plan-groups' } };
const AT_SET_UP_WORKPLACE: At = { derived: GROUPS_PLANNED, progress: { current: 'set-up-workplace' } };
const AT_ADD_ORDER: At = { derived: GROUPS_PLANNED, progress: { current: 'add-order', draft: { ...DRAFT } } };
const AT_ORDER_CART: At = { derived: IN_CART, progress: { current: 'order-cart' } };
const AT_FOLLOW_ORDER: At = { derived: ORDERED, progress: { current: 'follow-order' } };
const AT_ACTIVATION_MAIL: At = { derived: EXECUTED, progress: { current: 'activation-mail' } };
const AT_COMPLETE: At = { derived: EXECUTED, progress: { current: 'activation-mail', passed: ['activation-mail'] } };

/** A second group planned: both groups to choose from. */
const BOTH_GROUPS = { 'GET /api/admin/groups': ok({ groups: GROUPS }) };
const AT_SET_UP_WORKPLACE_BOTH_GROUPS: At = { ...AT_SET_UP_WORKPLACE, routes: BOTH_GROUPS };

/** The steps' forms, filled in as the administrator of the demo company would. */
const REGISTER: Form = {
  route: 'POST /api/admin/register',
  fill: { username: 'jonas.keller', email: 'jonas.keller@muster-elektro.example' },
  password: PASSWORD,
};
const LOG_IN: Form = { route: 'POST /api/auth/login', fill: { username: 'jonas.keller', password: 'Kabeltrommel.74' } };
const UNLOCK: Form = {
  route: 'POST /api/admin/activate',
  fill: { customerNumber: '4711-0815-42', oneTimePassword: 'X7pQ2mLk9Rt4' },
};
const NEW_GROUP: Form = {
  route: 'POST /api/admin/groups',
  fill: { name: 'Standort Köln', address: 'Hohenzollernring 48, 50672 Köln' },
};
const WORKPLACE: Form = { route: 'POST /api/cart/items/check', fill: { name: DRAFT.name, email: DRAFT.email } };
const ADD_TO_CART: Form = { route: 'POST /api/cart/items' };
const CHECKOUT: Form = { route: 'POST /api/cart/checkout' };

// Wizard ------------------------------------------------------------------------------------------------

/** The saved progress has not come from the API yet. */
export const ProgressLoading: Story = { name: 'Wizard: loading the progress', ...wizard({ all: 'never' }) };

/** The API cannot be reached: the wizard says so and offers to try again. */
export const ProgressFailed: Story = { name: 'Wizard: progress could not be loaded', ...wizard({ all: 'offline' }) };

/** The progress comes from the (mocked) API: the admin left off at the cart on another device. */
export const ProgressFromBackend: Story = {
  name: 'Wizard: resumed from the backend',
  ...wizard({
    routes: {
      'GET /api/onboarding/:flow': ok({
        flow: 'admin-first-setup',
        authenticated: true,
        state: { current: 'order-cart' },
        updatedAt: '2025-03-10T09:12:40.000Z',
        demo: false,
        derived: IN_CART,
        summary: { current: 'order-cart', position: 6, total: 8, complete: false },
      }),
    },
  }),
};

// 1 bsp-access ------------------------------------------------------------------------------------------

/** A new administrator: register in the Business Service Portal (the default choice). */
export const BspAccessEmpty: Story = { name: '1 bsp-access: empty (register)', ...at(AT_BSP_ACCESS) };

/** The other choice: log in with an existing access. */
export const BspAccessExisting: Story = { name: '1 bsp-access: empty (existing access)', ...at(AT_EXISTING_ACCESS) };

/** Registering, and the API has not answered yet. */
export const BspAccessSending: Story = {
  name: '1 bsp-access: sending',
  tags: ['!autodocs'],
  ...sent(AT_BSP_ACCESS, REGISTER, 'never'),
};

/** 409 `username_taken`: the message stands at the user name. */
export const BspAccessUsernameTaken: Story = {
  name: '1 bsp-access: error, user name taken',
  tags: ['!autodocs'],
  ...sent(AT_BSP_ACCESS, REGISTER, apiError(409, 'username_taken', { fields: ['username'] })),
};

/** 422 `password_policy`: the server's failed rules stand at the password field. */
export const BspAccessPasswordPolicy: Story = {
  name: '1 bsp-access: error, password policy',
  tags: ['!autodocs'],
  ...sent(AT_BSP_ACCESS, { ...REGISTER, password: 'Sommer2024' }, apiError(422, 'password_policy')),
};

/** 401 `invalid_credentials` when logging in with an existing access: at the password. */
export const BspAccessWrongPassword: Story = {
  name: '1 bsp-access: error, wrong password (existing access)',
  tags: ['!autodocs'],
  ...sent(AT_EXISTING_ACCESS, LOG_IN, apiError(401, 'invalid_credentials', { fields: ['password'] })),
};

/** The server is not reached: the input stays, the alert says to try again. */
export const BspAccessOffline: Story = {
  name: '1 bsp-access: error, server not reached',
  tags: ['!autodocs'],
  ...sent(AT_BSP_ACCESS, REGISTER, 'offline'),
};

/** The backend knows the access: "Weiter" is enabled. */
export const BspAccessDone: Story = {
  name: '1 bsp-access: done',
  ...at({ derived: ACCESS, progress: { current: 'bsp-access', choices: { access: 'register' } } }),
};

// 2 unlock-permission -----------------------------------------------------------------------------------

export const UnlockPermissionEmpty: Story = { name: '2 unlock-permission: empty', ...at(AT_UNLOCK_PERMISSION) };

export const UnlockPermissionSending: Story = {
  name: '2 unlock-permission: sending',
  tags: ['!autodocs'],
  ...sent(AT_UNLOCK_PERMISSION, UNLOCK, 'never'),
};

/** 403 `activation_failed`: the message at the one-time password, with what to check. */
export const UnlockPermissionWrongOneTimePassword: Story = {
  name: '2 unlock-permission: error, wrong one-time password',
  tags: ['!autodocs'],
  ...sent(AT_UNLOCK_PERMISSION, UNLOCK, apiError(403, 'activation_failed', { fields: ['oneTimePassword'] })),
};

/** The same in English: the API answers in the reader's language. */
export const UnlockPermissionEnglish: Story = {
  name: '2 unlock-permission: error, English',
  tags: ['!autodocs'],
  ...sent(
    { ...AT_UNLOCK_PERMISSION, lang: 'en' },
    UNLOCK,
    apiError(403, 'activation_failed', { fields: ['oneTimePassword'] }),
  ),
};

export const UnlockPermissionDone: Story = {
  name: '2 unlock-permission: done',
  ...at({ ...AT_UNLOCK_PERMISSION, derived: UNLOCKED }),
};

// 3 plan-groups (optional) ------------------------------------------------------------------------------

/** Only the default group from the contract address; the step can be skipped. */
export const PlanGroupsEmpty: Story = { name: '3 plan-groups: only the default group', ...at(AT_PLAN_GROUPS) };

export const PlanGroupsLoading: Story = {
  name: '3 plan-groups: loading',
  ...answering(AT_PLAN_GROUPS, 'GET /api/admin/groups', 'never'),
};

export const PlanGroupsLoadFailed: Story = {
  name: '3 plan-groups: error, groups could not be loaded',
  ...answering(AT_PLAN_GROUPS, 'GET /api/admin/groups', 'offline'),
};

export const PlanGroupsSending: Story = {
  name: '3 plan-groups: sending',
  tags: ['!autodocs'],
  ...sent(AT_PLAN_GROUPS, NEW_GROUP, 'never'),
};

/** 409 `group_name_taken` at the name. */
export const PlanGroupsNameTaken: Story = {
  name: '3 plan-groups: error, group name taken',
  tags: ['!autodocs'],
  ...sent(
    AT_PLAN_GROUPS,
    { ...NEW_GROUP, fill: { name: 'Hauptsitz Bonn' } },
    apiError(409, 'group_name_taken', { fields: ['name'] }),
  ),
};

/** A second group exists: the backend counts the step as done. */
export const PlanGroupsDone: Story = {
  name: '3 plan-groups: done',
  ...at({ ...AT_PLAN_GROUPS, derived: GROUPS_PLANNED, routes: BOTH_GROUPS }),
};

// 4 set-up-workplace ------------------------------------------------------------------------------------

export const SetUpWorkplaceEmpty: Story = { name: '4 set-up-workplace: empty', ...at(AT_SET_UP_WORKPLACE_BOTH_GROUPS) };

export const SetUpWorkplaceLoading: Story = {
  name: '4 set-up-workplace: loading',
  ...answering(AT_SET_UP_WORKPLACE, 'GET /api/admin/device-models', 'never'),
};

export const SetUpWorkplaceLoadFailed: Story = {
  name: '4 set-up-workplace: error, form data could not be loaded',
  ...answering(AT_SET_UP_WORKPLACE, 'GET /api/admin/device-models', 'offline'),
};

/** Sent empty: the form's own check names each missing field. */
export const SetUpWorkplaceMissingInput: Story = {
  name: '4 set-up-workplace: error, missing input',
  tags: ['!autodocs'],
  ...sent(AT_SET_UP_WORKPLACE_BOTH_GROUPS, { route: WORKPLACE.route }),
};

export const SetUpWorkplaceSending: Story = {
  name: '4 set-up-workplace: sending',
  tags: ['!autodocs'],
  ...sent(AT_SET_UP_WORKPLACE_BOTH_GROUPS, WORKPLACE, 'never'),
};

/** 404 `group_not_found` from the check (the group was removed meanwhile): at the group. */
export const SetUpWorkplaceGroupGone: Story = {
  name: '4 set-up-workplace: error, group no longer exists',
  tags: ['!autodocs'],
  ...sent(
    AT_SET_UP_WORKPLACE_BOTH_GROUPS,
    { ...WORKPLACE, fill: { name: DRAFT.name, email: DRAFT.email, groupId: '2' } },
    apiError(404, 'group_not_found', { fields: ['groupId'] }),
  ),
};

/** The backend checked the form; the draft is kept with the progress, "Weiter" is enabled. */
export const SetUpWorkplaceDone: Story = {
  name: '4 set-up-workplace: done (checked)',
  ...at({ ...AT_SET_UP_WORKPLACE_BOTH_GROUPS, progress: { current: 'set-up-workplace', draft: { ...DRAFT } } }),
};

/** The same form in English. */
export const SetUpWorkplaceEnglish: Story = {
  name: '4 set-up-workplace: English',
  ...at({ ...AT_SET_UP_WORKPLACE_BOTH_GROUPS, lang: 'en' }),
};

// 5 add-order -------------------------------------------------------------------------------------------

/** The checked workplace, "schnellstmöglich" chosen. */
export const AddOrderEmpty: Story = { name: '5 add-order: default (as soon as possible)', ...at(AT_ADD_ORDER) };

export const AddOrderSending: Story = {
  name: '5 add-order: sending',
  tags: ['!autodocs'],
  ...sent(AT_ADD_ORDER, ADD_TO_CART, 'never'),
};

/** A date chosen, and 400 `activation_date_past` from the server (e.g. after midnight): at the date. */
export const AddOrderDatePast: Story = {
  name: '5 add-order: error, activation date in the past',
  tags: ['!autodocs'],
  ...sent(
    AT_ADD_ORDER,
    { ...ADD_TO_CART, click: '#on-date', fill: () => ({ activationDate: tomorrow() }) },
    apiError(400, 'activation_date_past', { fields: ['activationDate'] }),
  ),
};

export const AddOrderOffline: Story = {
  name: '5 add-order: error, server not reached',
  tags: ['!autodocs'],
  ...sent(AT_ADD_ORDER, ADD_TO_CART, 'offline'),
};

/** The order is in the cart. */
export const AddOrderDone: Story = {
  name: '5 add-order: done',
  ...at({ derived: IN_CART, progress: { current: 'add-order' } }),
};

// 6 order-cart ------------------------------------------------------------------------------------------

/** The cart with its item, what it costs, and "Kostenpflichtig bestellen". */
export const OrderCartDefault: Story = { name: '6 order-cart: default (one item)', ...at(AT_ORDER_CART) };

/** The item was removed in the portal's cart meanwhile. */
export const OrderCartEmpty: Story = {
  name: '6 order-cart: empty cart',
  ...answering(AT_ORDER_CART, 'GET /api/cart', ok({ items: [] })),
};

export const OrderCartLoading: Story = {
  name: '6 order-cart: loading',
  ...answering(AT_ORDER_CART, 'GET /api/cart', 'never'),
};

export const OrderCartLoadFailed: Story = {
  name: '6 order-cart: error, cart could not be loaded',
  ...answering(AT_ORDER_CART, 'GET /api/cart', 'offline'),
};

export const OrderCartSending: Story = {
  name: '6 order-cart: sending',
  tags: ['!autodocs'],
  ...sent(AT_ORDER_CART, CHECKOUT, 'never'),
};

/** The order did not get through: the same key makes a second try safe. */
export const OrderCartCheckoutOffline: Story = {
  name: '6 order-cart: error, server not reached',
  tags: ['!autodocs'],
  ...sent(AT_ORDER_CART, CHECKOUT, 'offline'),
};

/** 409 `cart_empty`: the cart was ordered or emptied in another tab. */
export const OrderCartCheckoutRejected: Story = {
  name: '6 order-cart: error, cart emptied meanwhile',
  tags: ['!autodocs'],
  ...sent(AT_ORDER_CART, CHECKOUT, apiError(409, 'cart_empty')),
};

/** Ordered: the cart is empty, the backend confirms the order. */
export const OrderCartDone: Story = {
  name: '6 order-cart: done',
  ...answering({ ...AT_ORDER_CART, derived: ORDERED }, 'GET /api/cart', ok({ items: [] })),
};

// 7 follow-order ----------------------------------------------------------------------------------------

/** Just ordered: shown as "bestellt". */
export const FollowOrderOrdered: Story = { name: '7 follow-order: ordered', ...at(AT_FOLLOW_ORDER) };

export const FollowOrderInProgress: Story = {
  name: '7 follow-order: in progress',
  ...answering(AT_FOLLOW_ORDER, 'GET /api/orders', ok({ orders: [ORDERS.inProgress] })),
};

export const FollowOrderNoOrders: Story = {
  name: '7 follow-order: no orders',
  ...answering(AT_FOLLOW_ORDER, 'GET /api/orders', ok({ orders: [] })),
};

export const FollowOrderLoading: Story = {
  name: '7 follow-order: loading',
  ...answering(AT_FOLLOW_ORDER, 'GET /api/orders', 'never'),
};

export const FollowOrderLoadFailed: Story = {
  name: '7 follow-order: error, orders could not be loaded',
  ...answering(AT_FOLLOW_ORDER, 'GET /api/orders', 'offline'),
};

/** The order failed (shown as "fehlgeschlagen", with the reason); a new order is on its way. */
export const FollowOrderFailed: Story = {
  name: '7 follow-order: error, order failed',
  ...answering(AT_FOLLOW_ORDER, 'GET /api/orders', ok({ orders: [ORDERS.ordered, ORDERS.failed] })),
};

/** Carried out (shown as "ausgeführt"): the backend confirms the step, "Weiter" is enabled. */
export const FollowOrderDone: Story = {
  name: '7 follow-order: done',
  ...answering({ ...AT_FOLLOW_ORDER, derived: EXECUTED }, 'GET /api/orders', ok({ orders: [ORDERS.executed] })),
};

// 8 activation-mail -------------------------------------------------------------------------------------

/** The last step: who got the mail (from the orders carried out), what to do if it does not arrive, "Abschließen". */
export const ActivationMail: Story = {
  name: '8 activation-mail: default',
  ...answering(AT_ACTIVATION_MAIL, 'GET /api/orders', ok({ orders: [ORDERS.executed] })),
};

/** "Aktivierungsmail erneut senden" chosen: on its way again, said politely. */
export const ActivationMailResent: Story = {
  name: '8 activation-mail: sent again',
  tags: ['!autodocs'],
  ...clicked(
    { ...AT_ACTIVATION_MAIL, routes: { 'GET /api/orders': ok({ orders: [ORDERS.executed] }) } },
    '.recipients button',
  ),
};

export const ActivationMailLoading: Story = {
  name: '8 activation-mail: loading',
  ...answering(AT_ACTIVATION_MAIL, 'GET /api/orders', 'never'),
};

export const ActivationMailLoadFailed: Story = {
  name: '8 activation-mail: error, orders could not be loaded',
  ...answering(AT_ACTIVATION_MAIL, 'GET /api/orders', 'offline'),
};

/** Every step done: the finish screen with ✓, the next actions and "Schließen". */
export const Complete: Story = { name: '8 activation-mail: done, flow complete', ...at(AT_COMPLETE) };

/** The whole flow complete, in English. */
export const CompleteEnglish: Story = {
  name: 'Wizard: flow complete, English',
  ...at({ ...AT_COMPLETE, lang: 'en' }),
};
