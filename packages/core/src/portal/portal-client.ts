import { JsonClient } from '../http/json-client.js';

export interface Group {
  id: number;
  name: string;
  address: string | null;
  isDefault: boolean;
  workplaceCount: number;
}

export interface DeviceModels {
  deskPhones: { model: string; label: string }[];
  clients: { id: string; label: string }[];
}

/** A "set up workplace" order as the form fills it in. */
export interface WorkplaceDraft {
  name: string;
  email: string;
  groupId: number;
  devices: string[];
  clients: string[];
}

export interface CartItem extends WorkplaceDraft {
  id: number;
  activationDate: string | null;
  groupName: string;
  deviceLabels: string[];
  clientLabels: string[];
  soonest: boolean;
}

/** Stable codes on the wire; the words are the core strings the wizard and the portal pages share (`portal.*`). */
export type OrderStatus = 'ordered' | 'in_progress' | 'executed' | 'failed';
export type FailureReason = 'execution_failed' | 'number_block_full';

export interface Order {
  id: number;
  status: OrderStatus;
  items: (WorkplaceDraft & { activationDate: string | null })[];
  createdAt: string;
  executedAt: string | null;
  failureReason: FailureReason | null;
}

export interface Workplace {
  id: number;
  name: string;
  email: string;
  username: string;
  phoneNumber: string | null;
  group: { id: number; name: string };
  devices: { id: number; kind: string; model: string | null; label: string }[];
  activatedAt: string;
  /** The day the 30-day minimum term ends (`YYYY-MM-DD`). */
  deletableFrom: string;
}

/** The changes "Arbeitsplatz anzeigen / bearbeiten" sends; another group is refused (409). */
export interface WorkplaceChanges {
  name?: string;
  email?: string;
  groupId?: number;
}

export interface Me {
  username: string;
  role: 'admin' | 'user';
  mustChangePassword: boolean;
  /** Admins only: whether the welcome letter's one-time password unlocked the company. */
  permissionUnlocked?: boolean;
  company: { customerNumber: string; name: string } | null;
  workplace: Workplace | null;
}

export type RegistrationStatus = 'unregistered' | 'registered' | 'double_registered';

export interface Device {
  id: number;
  kind: string;
  model: string | null;
  label: string;
  firstLogin: { loginName: string; secret: string } | null;
  status?: RegistrationStatus;
  registrations?: number;
}

/** A mail in the demo's outbox (demo mode only). */
export interface OutboxMail {
  id: number;
  to: string;
  subject: string;
  text: string;
  sentAt: string;
  data: Record<string, unknown>;
}

/** `/api/onboarding/:flow`: the saved progress, what the backend derives, and where that puts the user. */
export interface OnboardingState {
  flow: string;
  /** Whether a session exists; before it, progress stays in the tab (sessionStorage). */
  authenticated: boolean;
  state: Record<string, unknown>;
  derived: Record<string, boolean>;
  summary: { current: string; position: number; total: number; complete: boolean };
}

/** The portal API the onboarding wizards call: the same endpoints the portal's own pages use. */
export class PortalClient extends JsonClient {
  register(username: string, email: string, password: string) {
    return this.request<{ username: string }>('POST', '/api/admin/register', { username, email, password });
  }

  login(username: string, password: string) {
    return this.request<{ username: string; mustChangePassword: boolean }>('POST', '/api/auth/login', {
      username,
      password,
    });
  }

  unlockPermission(customerNumber: string, oneTimePassword: string) {
    return this.request<{ company: { customerNumber: string; name: string } }>('POST', '/api/admin/activate', {
      customerNumber,
      oneTimePassword,
    });
  }

  async groups(): Promise<Group[]> {
    return (await this.request<{ groups: Group[] }>('GET', '/api/admin/groups')).groups;
  }

  createGroup(name: string, address: string) {
    return this.request<Group>('POST', '/api/admin/groups', { name, address });
  }

  renameGroup(id: number, name: string) {
    return this.request<Group>('PATCH', `/api/admin/groups/${id}`, { name });
  }

  async workplaces(): Promise<Workplace[]> {
    return (await this.request<{ workplaces: Workplace[] }>('GET', '/api/admin/workplaces')).workplaces;
  }

  workplace(id: number) {
    return this.request<Workplace>('GET', `/api/admin/workplaces/${id}`);
  }

  updateWorkplace(id: number, changes: WorkplaceChanges) {
    return this.request<Workplace>('PATCH', `/api/admin/workplaces/${id}`, changes);
  }

  /** Refused (409 `minimum_term`, with `deletableFrom`) before the minimum term ends. */
  deleteWorkplace(id: number) {
    return this.request<void>('DELETE', `/api/admin/workplaces/${id}`);
  }

  deviceModels() {
    return this.request<DeviceModels>('GET', '/api/admin/device-models');
  }

  /** Checks a workplace order as "Auftrag hinzufügen" would, without putting it into the cart. */
  checkWorkplace(draft: WorkplaceDraft) {
    return this.request<void>('POST', '/api/cart/items/check', draft);
  }

  /** "Auftrag hinzufügen"; without a date the workplace is activated as soon as possible. */
  addToCart(draft: WorkplaceDraft, activationDate?: string) {
    return this.request<CartItem>('POST', '/api/cart/items', {
      ...draft,
      ...(activationDate ? { activationDate } : {}),
    });
  }

  async cart(): Promise<CartItem[]> {
    return (await this.request<{ items: CartItem[] }>('GET', '/api/cart')).items;
  }

  removeFromCart(id: number) {
    return this.request<void>('DELETE', `/api/cart/items/${id}`);
  }

  /** "Kostenpflichtig bestellen"; the same key never orders twice. */
  checkout(idempotencyKey: string) {
    return this.request<{ order: { id: number; status: OrderStatus } }>(
      'POST',
      '/api/cart/checkout',
      {},
      {
        'idempotency-key': idempotencyKey,
      },
    );
  }

  async orders(): Promise<Order[]> {
    return (await this.request<{ orders: Order[] }>('GET', '/api/orders')).orders;
  }

  /** The orders unless they are unchanged since `etag` (then undefined): for polling without events. */
  async ordersIfChanged(etag?: string): Promise<{ orders: Order[]; etag?: string } | undefined> {
    const answer = await this.readIfChanged<{ orders: Order[] }>('/api/orders', etag);
    return answer && { orders: answer.data.orders, etag: answer.etag };
  }

  /** Server-Sent Events: `orders` on every status change of the company's orders (undefined without SSE). */
  orderEvents(): EventSource | undefined {
    if (typeof EventSource !== 'function') return undefined;
    return new EventSource(`${this.baseUrl}/api/orders/events`, { withCredentials: true });
  }

  /** What a new workplace has, told by the token in the activation mail's link (before any session). */
  welcome(username: string, token: string) {
    return this.request<{ parts: string[] }>('POST', '/api/onboarding/user-first-login/welcome', { username, token });
  }

  /** Always answers the same, whether the user exists or not. */
  requestTemporaryPassword(username: string) {
    return this.request<void>('POST', '/api/auth/temporary-password', { username });
  }

  setPassword(newPassword: string) {
    return this.request<{ username: string }>('POST', '/api/auth/password', { newPassword });
  }

  me() {
    return this.request<Me>('GET', '/api/me');
  }

  async devices(): Promise<Device[]> {
    return (await this.request<{ devices: Device[] }>('GET', '/api/me/devices?view=expert')).devices;
  }

  /** Demo: a phone or client logs in with the device's data; a second endpoint at once is a double login. */
  registerDevice(id: number, endpoint: string) {
    return this.request<{ id: number; status: RegistrationStatus; registrations: number }>(
      'POST',
      `/api/devices/${id}/registrations`,
      { endpoint },
    );
  }

  /** Demo: logs the device out everywhere. */
  unregisterDevice(id: number) {
    return this.request<void>('DELETE', `/api/devices/${id}/registrations`);
  }

  logout() {
    return this.request<void>('POST', '/api/auth/logout');
  }

  /** Demo mode only: the mails sent, newest first. */
  async outbox(): Promise<OutboxMail[]> {
    return (await this.request<{ mails: OutboxMail[] }>('GET', '/api/dev/outbox')).mails;
  }

  /** Demo mode only: the seeded company and users, as facts to show. */
  demoInfo() {
    return this.request<Record<string, unknown>>('GET', '/api/dev/demo-info');
  }

  /** A wizard's saved progress and the steps the backend derives as done. */
  onboarding(flow: string) {
    return this.request<OnboardingState>('GET', `/api/onboarding/${encodeURIComponent(flow)}`);
  }

  saveOnboarding(flow: string, state: object) {
    return this.request<OnboardingState>('PUT', `/api/onboarding/${encodeURIComponent(flow)}`, { state });
  }
}
