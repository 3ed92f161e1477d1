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

/** Stable codes on the wire; the words are in the widgets' locale files. */
export type OrderStatus = 'ordered' | 'in_progress' | 'executed' | 'failed';
export type FailureReason = 'execution_failed';

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
}

export interface Me {
  username: string;
  role: 'admin' | 'user';
  mustChangePassword: boolean;
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

  /** "Kostenpflichtig bestellen"; the same key never orders twice. */
  checkout(idempotencyKey: string) {
    return this.request<{ order: { id: number; status: string } }>(
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

  /** A wizard's saved progress and the steps the backend derives as done. */
  onboarding(flow: string) {
    return this.request<OnboardingState>('GET', `/api/onboarding/${encodeURIComponent(flow)}`);
  }

  saveOnboarding(flow: string, state: object) {
    return this.request<OnboardingState>('PUT', `/api/onboarding/${encodeURIComponent(flow)}`, { state });
  }
}
