// A mocked portal API for the wizard's stories, so that they need no server: a `fetch`-compatible function
// answering from a table of routes, with the demo company's data. Routes and answers are typed by the API
// contract (core/src/api): a changed response field fails the typecheck here. Only the stories use it.
import type { ApiErrorBody, ApiRouteKey, ErrorCode, ResponseOf } from '@direkthilfe/core/api';
import {
  PortalClient,
  type CartItem,
  type Device,
  type DeviceModels,
  type Group,
  type Me,
  type OnboardingState,
  type Order,
  type Workplace,
  type WorkplaceDraft,
} from '@direkthilfe/core/portal/portal-client';
import { wizardView, type DerivedState, type SavedProgress } from '@direkthilfe/core/wizard/engine';
import { FLOWS } from '@direkthilfe/core/wizard/flows';

type Lang = 'de' | 'en';

/** What a route answers: a status with a JSON body, no answer at all (loading), or no connection (offline). */
export type Answer<B = unknown> = { status: number; body?: B | ApiErrorBody } | 'never' | 'offline';

export interface MockRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** The request's `Accept-Language`, as the backend reads it. */
  lang: Lang;
}

/** A route's answer (its success body or an error), or a function computing it from the request. */
export type Route<K extends ApiRouteKey = ApiRouteKey> = K extends ApiRouteKey
  ? Answer<ResponseOf<K>> | ((request: MockRequest) => Answer<ResponseOf<K>>)
  : never;

/** Routes by the contract's `METHOD /url` (parameters as `:name`), e.g. `'GET /api/onboarding/:flow'`. */
export type Routes = { [K in ApiRouteKey]?: Route<K> };

// ---------------------------------------------------------------------------------------------------------
// Demo data: Muster Elektro GmbH in Bonn, with an administrator and the user Anna Berger.

export const COMPANY = { customerNumber: '4711-0815-42', name: 'Muster Elektro GmbH' };

export const GROUPS: Group[] = [
  {
    id: 1,
    revision: 1,
    name: 'Hauptsitz Bonn',
    address: 'Rheinuferstraße 12, 53111 Bonn',
    isDefault: true,
    workplaceCount: 2,
  },
  {
    id: 2,
    revision: 1,
    name: 'Standort Köln',
    address: 'Hohenzollernring 48, 50672 Köln',
    isDefault: false,
    workplaceCount: 0,
  },
];

/** The same models as the backend's `DESK_PHONES` and `CLIENTS`. */
export const DEVICE_MODELS: DeviceModels = {
  deskPhones: [
    { model: 'komfort-410', label: 'Tischtelefon Komfort 410' },
    { model: 'standard-210', label: 'Tischtelefon Standard 210' },
    { model: 'konferenz-600', label: 'Konferenztelefon 600' },
  ],
  clients: [
    { id: 'desktop', label: 'Desktop-Client' },
    { id: 'mobile', label: 'Mobile-Client' },
  ],
};

/** The workplace the administrator sets up first, as the form of "Ersten Arbeitsplatz einrichten" checks it. */
export const DRAFT: WorkplaceDraft = {
  name: 'Anna Berger',
  email: 'anna.berger@muster-elektro.example',
  groupId: 1,
  devices: ['komfort-410'],
  clients: ['desktop', 'mobile'],
};

export const CART_ITEM: CartItem = {
  id: 17,
  ...DRAFT,
  activationDate: null,
  groupName: 'Hauptsitz Bonn',
  deviceLabels: ['Tischtelefon Komfort 410'],
  clientLabels: ['Desktop-Client', 'Mobile-Client'],
  soonest: true,
};

const order = (
  id: number,
  status: Order['status'],
  executedAt: string | null = null,
  failureReason: Order['failureReason'] = null,
) =>
  ({
    id,
    status,
    items: [{ ...DRAFT, activationDate: null }],
    createdAt: '2025-03-10T09:14:02.000Z',
    executedAt,
    failureReason,
  }) satisfies Order;

/** One order in each status the backend knows. */
export const ORDERS = {
  ordered: order(1042, 'ordered'),
  inProgress: order(1042, 'in_progress'),
  executed: order(1042, 'executed', '2025-03-10T09:15:30.000Z'),
  failed: order(1041, 'failed', null, 'execution_failed'),
};

export const ME: Me = {
  username: 'anna.berger',
  role: 'user',
  mustChangePassword: true,
  company: COMPANY,
  workplace: {
    id: 7,
    revision: 1,
    name: 'Anna Berger',
    email: 'anna.berger@muster-elektro.example',
    username: 'anna.berger',
    phoneNumber: '+49 228 471101-103',
    group: { id: 1, name: 'Hauptsitz Bonn' },
    activatedAt: '2025-03-10T09:15:30.000Z',
    deletableFrom: '2025-04-09',
    orderId: 1042,
    devices: [
      { id: 31, kind: 'desk-phone', model: 'komfort-410', label: 'Tischtelefon Komfort 410' },
      { id: 32, kind: 'desktop', model: null, label: 'Desktop-Client' },
      { id: 33, kind: 'mobile', model: null, label: 'Mobile-Client' },
    ],
  },
};

/** `/api/admin/workplaces`: Anna Berger's workplace, created by the executed order. */
export const WORKPLACES: Workplace[] = [ME.workplace!];

/** `/api/me/devices?view=expert`: the desk phone with its first-login data and registration status. */
export const devices = (status: Device['status'] = 'unregistered'): Device[] => [
  {
    id: 31,
    kind: 'desk-phone',
    model: 'komfort-410',
    label: 'Tischtelefon Komfort 410',
    firstLogin: { loginName: 'anna.berger-1@sip.cloud-pbx.example', secret: 'Kq7mTz2Lw9Rb' },
    status,
    registrations: status === 'unregistered' ? 0 : status === 'registered' ? 1 : 2,
  },
  {
    id: 32,
    kind: 'desktop',
    model: null,
    label: 'Desktop-Client',
    firstLogin: null,
    status: 'unregistered',
    registrations: 0,
  },
  {
    id: 33,
    kind: 'mobile',
    model: null,
    label: 'Mobile-Client',
    firstLogin: null,
    status: 'unregistered',
    registrations: 0,
  },
];

// ---------------------------------------------------------------------------------------------------------
// Errors: the backend's shape `{ code, message, fields? }` with its German and English messages.

const MESSAGES: Partial<Record<ErrorCode, Record<Lang, string>>> = {
  not_found: { de: 'Diese Adresse gibt es nicht.', en: 'This address does not exist.' },
  unauthenticated: { de: 'Bitte melden Sie sich an.', en: 'Please sign in.' },
  rate_limited: {
    de: 'Zu viele Versuche. Bitte warten Sie {{seconds}} Sekunden.',
    en: 'Too many attempts. Please wait {{seconds}} seconds.',
  },
  invalid_credentials: { de: 'Benutzername oder Passwort ist falsch.', en: 'User name or password is wrong.' },
  temporary_password_expired: {
    de: 'Ihr temporäres Passwort ist abgelaufen. Bitte fordern Sie ein neues an.',
    en: 'Your temporary password has expired. Please request a new one.',
  },
  password_policy: {
    de: 'Das neue Passwort erfüllt nicht alle Regeln.',
    en: 'The new password does not meet all rules.',
  },
  username_taken: {
    de: 'Diesen Benutzernamen gibt es schon. Melden Sie sich an oder wählen Sie einen anderen.',
    en: 'This user name already exists. Sign in or choose another one.',
  },
  activation_failed: {
    de: 'Kundennummer oder Einmal-Passwort ist falsch oder wurde schon verwendet.',
    en: 'Customer number or one-time password is wrong or has already been used.',
  },
  group_name_taken: {
    de: 'Eine Gruppe mit diesem Namen gibt es schon.',
    en: 'A group with this name already exists.',
  },
  group_not_found: { de: 'Diese Gruppe gibt es nicht.', en: 'This group does not exist.' },
  activation_date_past: {
    de: 'Das Aktivierungsdatum liegt in der Vergangenheit. Wählen Sie „schnellstmöglich“ oder ein Datum ab morgen.',
    en: 'The activation date is in the past. Choose "as soon as possible" or a date from tomorrow.',
  },
  cart_empty: { de: 'Der Warenkorb ist leer.', en: 'The cart is empty.' },
  no_workplace: {
    de: 'Ihrem Zugang ist kein Arbeitsplatz zugeordnet.',
    en: 'No workplace is assigned to your access.',
  },
};

/** The password rules' messages the backend sends with a 422 `password_policy` for "Sommer2024". */
const POLICY_MESSAGES: Record<Lang, string[]> = {
  de: ['Dieses Passwort ist zu bekannt und leicht zu erraten. Bitte wählen Sie ein anderes.'],
  en: ['This password is too well known and easy to guess. Please choose another one.'],
};

/**
 * An error answer as the backend's error handler builds it: the code's message in the request's language;
 * fields named without their own text carry that message.
 */
export const apiError =
  (
    status: number,
    code: ErrorCode,
    options: { fields?: string[]; params?: Record<string, string> } = {},
  ): ((request: MockRequest) => Answer<never>) =>
  ({ lang }) => {
    let message = MESSAGES[code]?.[lang] ?? code;
    for (const [key, value] of Object.entries(options.params ?? {})) message = message.replace(`{{${key}}}`, value);
    const body: ApiErrorBody = { code, message };
    if (options.fields) body.fields = Object.fromEntries(options.fields.map((field) => [field, message]));
    if (code === 'password_policy') Object.assign(body, { failed: ['notCommon'], messages: POLICY_MESSAGES[lang] });
    return { status, body };
  };

export const ok = <B = never>(body?: B, status = 200): Answer<B> => ({
  status: body === undefined ? 204 : status,
  body,
});

// ---------------------------------------------------------------------------------------------------------
// The routes of a working backend, with the wizard's state given by the story.

export interface Backend {
  flow: string;
  derived?: DerivedState;
  progress?: SavedProgress;
  /** Whether a session exists; without it, the wizard keeps its progress in the tab. */
  authenticated?: boolean;
  /** The demo portal: the desk-phone step offers the simulated phone. */
  demo?: boolean;
}

/** Every route the wizard and its steps call, answering with the demo data. */
export function demoRoutes(backend: Backend): Routes {
  let saved: SavedProgress = backend.progress ?? {};
  const onboarding = (): Answer<OnboardingState> => {
    const derived = backend.derived ?? {};
    const view = wizardView(FLOWS[backend.flow], derived, saved);
    return ok({
      flow: backend.flow,
      authenticated: backend.authenticated ?? true,
      state: saved as Record<string, unknown>,
      updatedAt: null,
      derived,
      summary: { current: view.current, position: view.position, total: view.total, complete: view.complete },
      demo: backend.demo ?? false,
    } satisfies OnboardingState);
  };
  return {
    'GET /api/csrf-token': ok({ token: 'story-csrf-token' }),
    'GET /api/onboarding/:flow': onboarding,
    'PUT /api/onboarding/:flow': ({ body }) => {
      saved = (body as { state: SavedProgress }).state;
      return onboarding();
    },
    'POST /api/admin/register': ok({ username: 'jonas.keller', role: 'admin', mustChangePassword: false }, 201),
    'POST /api/auth/login': ok({ username: 'anna.berger', role: 'user', mustChangePassword: true }),
    'POST /api/admin/activate': ok({ company: COMPANY }),
    'GET /api/admin/groups': ok({ groups: GROUPS.slice(0, 1) }),
    'POST /api/admin/groups': ok(GROUPS[1], 201),
    'GET /api/admin/device-models': ok(DEVICE_MODELS),
    'POST /api/cart/items/check': ok(),
    'POST /api/cart/items': ok(CART_ITEM, 201),
    'GET /api/cart': ok({ items: [CART_ITEM] }),
    'DELETE /api/cart/items/:id': ok(),
    'GET /api/admin/workplaces': ok({ workplaces: WORKPLACES }),
    'POST /api/admin/workplaces/:id/activation-mail': ok({ sentTo: WORKPLACES[0].email }, 202),
    'POST /api/devices/:id/registrations': ok({ id: 31, status: 'registered', registrations: 1 }, 201),
    'DELETE /api/devices/:id/registrations': ok(),
    'POST /api/cart/checkout': ok({ order: { id: 1042, status: 'ordered' } }, 201),
    'GET /api/orders': ok({ orders: [ORDERS.ordered] }),
    'POST /api/auth/temporary-password': ok(
      {
        message:
          'Wenn es den Benutzernamen gibt, ist ein temporäres Passwort an die hinterlegte E-Mail-Adresse unterwegs. Es gilt 30 Minuten.',
      },
      202,
    ),
    'POST /api/auth/password': ok({ username: 'anna.berger', role: 'user', mustChangePassword: false }),
    'GET /api/me': ok(ME),
    'GET /api/me/devices': ok({ devices: devices() }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// The transport.

/** A client whose requests never leave the page: answered by `fetchImpl`, and no live order stream. */
class MockPortalClient extends PortalClient {
  override orderEvents(): undefined {
    return undefined;
  }
}

const json = (status: number, body: unknown) =>
  new Response(status === 204 || body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

/** The route of a request: its `:name` parameters and a trailing `*` match any value. */
function routeFor(routes: Routes, method: string, path: string): Route | undefined {
  const key = (Object.keys(routes) as ApiRouteKey[]).find((candidate) => {
    const [routeMethod, url] = candidate.split(' ');
    const pattern = url.replace(/:[^/]+/g, '[^/]+').replace(/\*$/, '.+');
    return routeMethod === method && new RegExp(`^${pattern}$`).test(path);
  });
  return key && (routes[key] as Route);
}

/**
 * A `fetch`-compatible function answering from `routes` (an unknown route gets the backend's 404).
 * `all: 'never'` leaves every request unanswered, `all: 'offline'` fails every request as a lost connection
 * does; either only where `routes` has no answer of its own for the request.
 */
export function mockPortalFetch(routes: Routes, options: { all?: 'never' | 'offline' } = {}): typeof fetch {
  return async (input, init = {}) => {
    const raw = input instanceof Request ? input.url : String(input);
    const url = new URL(raw, 'http://portal.invalid');
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers);
    const request: MockRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      lang: headers.get('accept-language')?.startsWith('en') ? 'en' : 'de',
    };
    const route = routeFor(routes, method, url.pathname) ?? options.all ?? apiError(404, 'not_found');
    const answer = typeof route === 'function' ? route(request) : route;
    if (answer === 'never') return new Promise<Response>(() => undefined);
    if (answer === 'offline') throw new TypeError('Failed to fetch');
    return json(answer.status, answer.body);
  };
}

/** A portal client on the mocked API: the demo backend, with the story's own answers on top. */
export function mockPortalClient(
  backend: Backend,
  routes: Routes = {},
  options: { all?: 'never' | 'offline'; lang?: Lang } = {},
): PortalClient {
  const table = options.all ? routes : { ...demoRoutes(backend), ...routes };
  return new MockPortalClient('', mockPortalFetch(table, options), options.lang ?? 'de');
}
