import { SessionClient } from '../http/session-client.js';
import type { Api, ApiRouteKey, ResponseOf } from '../api/index.js';
import type { RequestBody } from '../api/common.js';
import type { WorkplaceItemBody } from '../api/cart.js';

// The shapes are the API contract's (`core/src/api`): types only, no schema code in the browser bundle.
import type { Group } from '../api/admin.js';
import type { CartItem } from '../api/cart.js';
import type { Order } from '../api/orders.js';
import type { Device } from '../api/devices.js';
import type { OutboxMail } from '../api/dev.js';
import type { Workplace } from '../api/workplaces.js';
import type { Me } from '../api/auth.js';

export type { Group, DeviceModels } from '../api/admin.js';
export type { CartItem } from '../api/cart.js';
export type { Order, OrderStatus, FailureReason } from '../api/orders.js';
export type { Me } from '../api/auth.js';
export type { Workplace } from '../api/workplaces.js';
export type { Device, RegistrationStatus } from '../api/devices.js';
export type { OnboardingState } from '../api/onboarding.js';
export type { OutboxMail } from '../api/dev.js';

/** A "set up workplace" order as the form fills it in (the activation date comes with "Auftrag hinzufügen"). */
export type WorkplaceDraft = Required<Omit<WorkplaceItemBody, 'activationDate'>>;

type Body<K extends ApiRouteKey> = RequestBody<Api[K]>;

/** The changes "Arbeitsplatz anzeigen / bearbeiten" sends; another group is refused (409). */
export type WorkplaceChanges = Body<'PATCH /api/admin/workplaces/:id'>;

/** The portal API the onboarding wizards call: the same endpoints the portal's own pages use. */
export class PortalClient extends SessionClient {
  /**
   * One call of the contract route `K` (named as a type only, so that no route table reaches the bundle);
   * `path` is its URL with the parameters filled in.
   */
  private call<K extends ApiRouteKey>(
    method: K extends `${infer M} ${string}` ? M : never,
    path: string,
    ...[body, headers]: [body?: Body<K>, headers?: Record<string, string>]
  ): Promise<ResponseOf<K>> {
    return this.request<ResponseOf<K>>(method, path, body, headers);
  }

  register(username: string, email: string, password: string) {
    return this.call<'POST /api/admin/register'>('POST', '/api/admin/register', { username, email, password });
  }

  /**
   * `role` names the portal of the login form: BSP admins and MyPortal users have separate namespaces, and
   * it decides for a name that is in both.
   */
  login(username: string, password: string, role?: 'admin' | 'user') {
    return this.call<'POST /api/auth/login'>('POST', '/api/auth/login', { username, password, role });
  }

  unlockPermission(customerNumber: string, oneTimePassword: string) {
    return this.call<'POST /api/admin/activate'>('POST', '/api/admin/activate', { customerNumber, oneTimePassword });
  }

  async groups(): Promise<Group[]> {
    return (await this.call<'GET /api/admin/groups'>('GET', '/api/admin/groups')).groups;
  }

  createGroup(name: string, address: string) {
    return this.call<'POST /api/admin/groups'>('POST', '/api/admin/groups', { name, address });
  }

  /** Renames the group as it was read: 409 `stale_write` when someone changed it meanwhile. */
  renameGroup(group: Pick<Group, 'id' | 'revision'>, name: string) {
    return this.call<'PATCH /api/admin/groups/:id'>('PATCH', `/api/admin/groups/${group.id}`, {
      name,
      revision: group.revision,
    });
  }

  workplace(id: number) {
    return this.call<'GET /api/admin/workplaces/:id'>('GET', `/api/admin/workplaces/${id}`);
  }

  updateWorkplace(id: number, changes: WorkplaceChanges) {
    return this.call<'PATCH /api/admin/workplaces/:id'>('PATCH', `/api/admin/workplaces/${id}`, changes);
  }

  /** Refused (409 `minimum_term`, with `deletableFrom`) before the minimum term ends. */
  async deleteWorkplace(id: number): Promise<void> {
    await this.call<'DELETE /api/admin/workplaces/:id'>('DELETE', `/api/admin/workplaces/${id}`);
  }

  deviceModels() {
    return this.call<'GET /api/admin/device-models'>('GET', '/api/admin/device-models');
  }

  /** Checks a workplace order as "Auftrag hinzufügen" would, without putting it into the cart. */
  async checkWorkplace(draft: WorkplaceDraft): Promise<void> {
    await this.call<'POST /api/cart/items/check'>('POST', '/api/cart/items/check', draft);
  }

  /** "Auftrag hinzufügen"; without a date the workplace is activated as soon as possible. */
  addToCart(draft: WorkplaceDraft, activationDate?: string) {
    return this.call<'POST /api/cart/items'>('POST', '/api/cart/items', {
      ...draft,
      ...(activationDate ? { activationDate } : {}),
    });
  }

  /** "Entfernen" in the cart. */
  async removeFromCart(id: number): Promise<void> {
    await this.call<'DELETE /api/cart/items/:id'>('DELETE', `/api/cart/items/${id}`);
  }

  async cart(): Promise<CartItem[]> {
    return (await this.call<'GET /api/cart'>('GET', '/api/cart')).items;
  }

  /** "Kostenpflichtig bestellen"; the same key never orders twice. */
  checkout(idempotencyKey: string) {
    return this.call<'POST /api/cart/checkout'>('POST', '/api/cart/checkout', {} as never, {
      'idempotency-key': idempotencyKey,
    });
  }

  async orders(): Promise<Order[]> {
    return (await this.call<'GET /api/orders'>('GET', '/api/orders')).orders;
  }

  /** The orders unless they are unchanged since `etag` (then undefined): for polling without events. */
  async ordersIfChanged(etag?: string): Promise<{ orders: Order[]; etag?: string } | undefined> {
    const answer = await this.readIfChanged<ResponseOf<'GET /api/orders'>>('/api/orders', etag);
    return answer && { orders: answer.data.orders, etag: answer.etag };
  }

  /** Server-Sent Events: `orders` on every status change of the company's orders (undefined without SSE). */
  orderEvents(): EventSource | undefined {
    if (typeof EventSource !== 'function') return undefined;
    return new EventSource(`${this.baseUrl}/api/orders/events`, { withCredentials: true });
  }

  async workplaces(): Promise<Workplace[]> {
    return (await this.call<'GET /api/admin/workplaces'>('GET', '/api/admin/workplaces')).workplaces;
  }

  /** Sends the workplace's activation mail again, with a new link; the one sent before stops working. */
  resendActivationMail(workplaceId: number) {
    return this.call<'POST /api/admin/workplaces/:id/activation-mail'>(
      'POST',
      `/api/admin/workplaces/${workplaceId}/activation-mail`,
    );
  }

  /** What a new workplace has, told by the token in the activation mail's link (before any session). */
  welcome(username: string, token: string) {
    return this.call<'POST /api/onboarding/user-first-login/welcome'>(
      'POST',
      '/api/onboarding/user-first-login/welcome',
      {
        username,
        token,
      },
    );
  }

  /** Always answers the same, whether the user exists or not. */
  async requestTemporaryPassword(username: string, role?: 'admin' | 'user'): Promise<void> {
    await this.call<'POST /api/auth/temporary-password'>('POST', '/api/auth/temporary-password', { username, role });
  }

  /** From a normal session the current password is required; after a temporary-password login it is not. */
  setPassword(newPassword: string, currentPassword?: string) {
    return this.call<'POST /api/auth/password'>('POST', '/api/auth/password', { newPassword, currentPassword });
  }

  me() {
    return this.call<'GET /api/me'>('GET', '/api/me');
  }

  /** The signed-in user, or null without a session (no 401 for a visitor). */
  async session(): Promise<Me | null> {
    return (await this.call<'GET /api/auth/session'>('GET', '/api/auth/session')).me;
  }

  async devices(): Promise<Device[]> {
    return (await this.call<'GET /api/me/devices'>('GET', '/api/me/devices?view=expert')).devices;
  }

  /** A phone or client signing in with its data (the demo simulates the device this way). */
  registerDevice(deviceId: number, endpoint: string) {
    return this.call<'POST /api/devices/:id/registrations'>('POST', `/api/devices/${deviceId}/registrations`, {
      endpoint,
    });
  }

  /** Signs the device out everywhere. */
  async unregisterDevice(deviceId: number): Promise<void> {
    await this.call<'DELETE /api/devices/:id/registrations'>('DELETE', `/api/devices/${deviceId}/registrations`);
  }

  async logout(): Promise<void> {
    await this.call<'POST /api/auth/logout'>('POST', '/api/auth/logout');
  }

  /** Demo mode only: the mails sent, newest first. */
  async outbox(): Promise<OutboxMail[]> {
    return (await this.call<'GET /api/dev/outbox'>('GET', '/api/dev/outbox')).mails;
  }

  /** Demo mode only: the seeded company and users. */
  demoInfo() {
    return this.call<'GET /api/dev/demo-info'>('GET', '/api/dev/demo-info');
  }

  /** A wizard's saved progress and the steps the backend derives as done. */
  onboarding(flow: string) {
    return this.call<'GET /api/onboarding/:flow'>('GET', `/api/onboarding/${encodeURIComponent(flow)}`);
  }

  saveOnboarding(flow: string, state: object) {
    return this.call<'PUT /api/onboarding/:flow'>('PUT', `/api/onboarding/${encodeURIComponent(flow)}`, {
      state: { ...state },
    });
  }
}
