/**
 * The store boundary: what routes and services may ask of the database, as async operations on domain
 * objects. Implemented once on the query builder for SQLite and PostgreSQL (kysely-store.ts); nothing
 * outside `store/` sees a driver, a row or an SQL error.
 */

import type { DeviceKind } from '@direkthilfe/core/api/workplaces';
import type { OrderStatus, WorkplaceItem } from '@direkthilfe/core/api/orders';
import type { AccountRole } from '@direkthilfe/core/api/common';

// The shapes that are also on the wire come from the API contract.
export type { DeviceKind, OrderStatus, WorkplaceItem };
/** Who an account is: a BSP admin, a MyPortal user, or an editor of the help content. */
export type Role = AccountRole;
export type MailStatus = 'pending' | 'sent' | 'dead';

export interface User {
  id: number;
  username: string;
  email: string | null;
  role: Role;
  passwordHash: string | null;
  passwordChangedAt: string | null;
  companyId: number | null;
  workplaceId: number | null;
  welcomeTokenHash: string | null;
  temporarySalt: string | null;
}

export interface SessionUser {
  sessionHash: string;
  userId: number;
  username: string;
  role: Role;
  companyId: number | null;
  workplaceId: number | null;
  /** Logged in with a temporary password: may only set a new password. */
  restricted: boolean;
}

export interface Company {
  id: number;
  customerNumber: string;
  name: string;
  contactEmail: string;
  oneTimePasswordHash: string | null;
  oneTimePasswordUsedAt: string | null;
}

export interface NewCompany {
  customerNumber: string;
  name: string;
  contactEmail: string;
  street: string;
  postalCode: string;
  city: string;
  oneTimePasswordHash: string;
}

export interface Group {
  id: number;
  revision: number;
  name: string;
  address: string | null;
  isDefault: boolean;
  workplaceCount: number;
}

export interface DeviceRecord {
  id: number;
  kind: DeviceKind;
  model: string | null;
}

export interface WorkplaceRecord {
  id: number;
  revision: number;
  name: string;
  email: string;
  username: string | null;
  phoneNumber: string;
  group: { id: number; name: string };
  devices: DeviceRecord[];
  activatedAt: string;
  /** The order that created the workplace (the wizard names whom its activation mails went to). */
  orderId: number | null;
}

export interface DeviceWithLogin extends DeviceRecord {
  loginName: string | null;
  loginSecret: string | null;
  registrations: number;
}

export interface NewDevice {
  kind: DeviceKind;
  model: string | null;
  loginName: string | null;
  loginSecret: string | null;
}

export interface CartItem {
  id: number;
  item: WorkplaceItem;
}

export interface Order {
  id: number;
  companyId: number;
  status: OrderStatus;
  items: WorkplaceItem[];
  createdAt: string;
  executedAt: string | null;
  failureCode: string | null;
}

export interface TemporaryPassword {
  id: number;
  hash: string;
  expiresAt: string;
  failedAttempts: number;
}

export interface OnboardingProgress {
  state: Record<string, unknown>;
  updatedAt: string | null;
}

/** The facts behind each wizard flow, from one query: the engine decides with them what is done. */
export interface AdminSetupFacts {
  groupCount: number;
  cartItems: number;
  orders: number;
  executedOrders: number;
}

export interface UserLoginFacts {
  passwordChangedAt: string | null;
  temporaryPasswordPending: boolean;
  deskPhones: number;
  /** Registrations per device of the workplace. */
  registrations: number[];
}

export interface NewMail {
  /** One mail per event: a second enqueue with the same key is ignored. */
  idempotencyKey: string;
  to: string;
  lang: string;
  data: unknown;
  subject: string;
  text: string;
  html: string;
}

export interface Mail {
  id: number;
  idempotencyKey: string;
  to: string;
  lang: string;
  subject: string;
  text: string;
  html: string;
  data: unknown;
  status: MailStatus;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
  lastError: string | null;
}

export interface Counter {
  count: number;
  resetAt: number;
}

export interface UserStore {
  /** The account of one namespace: BSP admins and MyPortal users each have their own names. */
  byName(username: string, role: Role): Promise<User | undefined>;
  /** The account a login means: the one of the `preferred` namespace when the name is in both. */
  byLogin(username: string, preferred?: Role): Promise<User | undefined>;
  /** The salt of the user's temporary passwords: the stored one, or `candidate` when there is none yet. */
  temporarySalt(userId: number, candidate: string): Promise<string>;
  byId(id: number): Promise<User | undefined>;
  /** @throws UniqueViolation('username') */
  createAdmin(user: { username: string; email: string; passwordHash: string }): Promise<number>;
  /** An editor of the help content, invited with a welcome token. @throws UniqueViolation('username') */
  createEditor(user: {
    username: string;
    email: string;
    canPublish: boolean;
    welcomeTokenHash: string;
  }): Promise<number>;
  /** Whether an editor may publish. */
  canPublish(userId: number): Promise<boolean>;
  /** The invited editor a welcome token belongs to, while the invitation is open. */
  byInvitation(welcomeTokenHash: string): Promise<User | undefined>;
  /**
   * Sets an invited editor's first password and ends the invitation, in one conditional write: the editor
   * whose token it is, or undefined when the token is unknown or was used already.
   */
  acceptInvitation(welcomeTokenHash: string, passwordHash: string): Promise<User | undefined>;
  /** @throws UniqueViolation('username') */
  createWorkplaceUser(user: {
    username: string;
    email: string;
    companyId: number;
    workplaceId: number;
    passwordHash?: string | null;
    welcomeTokenHash?: string | null;
  }): Promise<number>;
  /** A new token for the activation mail's link; the one before stops working. */
  setWelcomeToken(userId: number, welcomeTokenHash: string): Promise<void>;
  /** Sets the own password; pending temporary passwords and the welcome token end with it. */
  setPassword(userId: number, passwordHash: string): Promise<void>;
  /** Gives an admin the company, once: false when the admin already has one. */
  assignCompany(userId: number, companyId: number): Promise<boolean>;
  /** Demo info: the workplace users and whether they have set a password. */
  listWorkplaceUsers(): Promise<{ username: string; hasPassword: boolean }[]>;
}

export interface SessionStore {
  create(userId: number, restricted: boolean, tokenHash: string): Promise<void>;
  /** The session's user with its session times, or undefined. */
  find(tokenHash: string): Promise<(SessionUser & { createdAt: string; lastSeenAt: string }) | undefined>;
  touch(tokenHash: string): Promise<void>;
  destroy(tokenHash: string): Promise<void>;
  destroyAllOf(userId: number): Promise<void>;
  /** Removes sessions idle since or created before the given times; returns how many. */
  sweep(idleBefore: string, createdBefore: string): Promise<number>;
}

/** Consecutive failed logins, counted by key (an account, or an account from one source). */
export interface LoginFailureStore {
  get(key: string): Promise<{ count: number; lastFailedAt: string } | undefined>;
  /** Counts one more failure; returns the new count. */
  record(key: string): Promise<number>;
  clear(keys: string[]): Promise<void>;
}

/** Pending temporary passwords: several per user, each valid until used, expired or tried too often. */
export interface TemporaryPasswordStore {
  list(userId: number): Promise<TemporaryPassword[]>;
  /** Adds one; a still valid one stays (expired ones of the user go). */
  add(userId: number, hash: string, expiresAt: string): Promise<void>;
  /** Counts a wrong try on each; one is gone after `limit` of them. */
  recordFailure(userId: number, limit: number): Promise<void>;
  /** Takes one for a login, and with it the user's others: true for exactly one caller. */
  consume(userId: number, id: number): Promise<boolean>;
  /** Removes one, or all of the user's. */
  delete(userId: number, id?: number): Promise<void>;
}

export interface CompanyStore {
  count(): Promise<number>;
  first(): Promise<Company | undefined>;
  byId(id: number): Promise<Company | undefined>;
  byCustomerNumber(customerNumber: string): Promise<Company | undefined>;
  create(company: NewCompany): Promise<number>;
  /** Marks the welcome letter's one-time password as used: true for exactly one caller. */
  consumeOneTimePassword(companyId: number): Promise<boolean>;
  /** The next extension of the company's number block, or undefined when the block is full. */
  allocateExtension(companyId: number, last: number): Promise<number | undefined>;
}

export interface GroupStore {
  list(companyId: number): Promise<Group[]>;
  get(companyId: number, id: number): Promise<Group | undefined>;
  /** @throws UniqueViolation('group_name') */
  create(companyId: number, group: { name: string; address: string | null; isDefault?: boolean }): Promise<number>;
  /**
   * Changes a group read at `revision` (and counts the revision up): false when it has changed since.
   * @throws UniqueViolation('group_name')
   */
  update(
    companyId: number,
    id: number,
    revision: number,
    change: { name?: string; address?: string },
  ): Promise<boolean>;
}

export interface WorkplaceStore {
  list(companyId: number): Promise<WorkplaceRecord[]>;
  get(companyId: number, id: number): Promise<WorkplaceRecord | undefined>;
  /** @throws UniqueViolation('phone_number') */
  create(workplace: {
    companyId: number;
    groupId: number;
    name: string;
    email: string;
    phoneNumber: string;
    activatedAt: string;
    orderId: number | null;
  }): Promise<number>;
  /** Changes name and e-mail of a workplace read at `revision`; the user's e-mail follows. False when stale. */
  update(id: number, revision: number, change: { name?: string; email?: string }): Promise<boolean>;
  /** Deletes the workplace with its user and devices. */
  delete(id: number): Promise<void>;
}

export interface DeviceStore {
  add(workplaceId: number, devices: NewDevice[]): Promise<void>;
  listWithLogin(workplaceId: number): Promise<DeviceWithLogin[]>;
  kinds(workplaceId: number): Promise<DeviceKind[]>;
  /** Records a registration from an endpoint; the same endpoint twice counts once. */
  register(deviceId: number, endpoint: string): Promise<void>;
  unregisterAll(deviceId: number): Promise<void>;
}

export interface CartStore {
  items(sessionHash: string, companyId: number): Promise<CartItem[]>;
  add(sessionHash: string, companyId: number, item: WorkplaceItem): Promise<number>;
  /** false when the item is not in this session's cart. */
  remove(sessionHash: string, id: number): Promise<boolean>;
  /** Empties the session's cart and returns what was in it, atomically. */
  take(sessionHash: string): Promise<WorkplaceItem[]>;
}

export interface OrderStore {
  list(companyId: number): Promise<Order[]>;
  byIdempotencyKey(companyId: number, key: string): Promise<Order | undefined>;
  /** @throws UniqueViolation('idempotency_key') */
  create(order: {
    companyId: number;
    idempotencyKey: string;
    items: WorkplaceItem[];
    executeAfter: string;
    createdBy: number;
  }): Promise<Order>;
  /**
   * Claims up to `limit` orders for this node: due `ordered` ones and `in_progress` ones whose holder's
   * lease ran out. Each order is claimed by one node only (row locks skipped by the others).
   */
  claim(node: string, at: string, leaseUntil: string, limit: number): Promise<Order[]>;
  /** Extends this node's leases on the orders it holds. */
  renewLeases(node: string, leaseUntil: string): Promise<void>;
  /** The orders this node holds `in_progress`, locked for carrying out (inside a transaction). */
  lockHeld(node: string, id: number): Promise<Order | undefined>;
  markExecuted(id: number, at: string): Promise<void>;
  /** Counts a failed try; after `maxAttempts` the order is failed with the code. */
  recordFailure(id: number, code: string, maxAttempts: number): Promise<OrderStatus>;
}

export interface OnboardingStore {
  get(userId: number, flow: string): Promise<OnboardingProgress>;
  put(userId: number, flow: string, state: string): Promise<void>;
  adminSetupFacts(user: { companyId: number | null; sessionHash: string }): Promise<AdminSetupFacts>;
  userLoginFacts(user: { userId: number; workplaceId: number | null }): Promise<UserLoginFacts>;
}

export interface FeedbackStore {
  add(feedback: { articleId: string; lang: string; helpful: boolean; day: string }): Promise<void>;
}

/** Days `from` to `to`, both included (`YYYY-MM-DD`), and one language or all. */
export interface ReportRange {
  from: string;
  to: string;
  lang?: string;
}

export interface FeedbackCount {
  articleId: string;
  lang: string;
  day: string;
  helpful: number;
  notHelpful: number;
}

export interface StoredComment {
  articleId: string;
  lang: string;
  day: string;
  comment: string;
}

export interface SearchCount {
  day: string;
  lang: string;
  query: string;
  searches: number;
  noResults: number;
}

export interface OpenCount {
  day: string;
  lang: string;
  query: string;
  articleId: string;
  opens: number;
}

/** A user's saved wizard progress without the user: what the funnel is computed from. */
export interface ProgressRow {
  flow: string;
  state: unknown;
  updatedAt: string;
}

/**
 * The editors' reports. Searches are counted on write (one upsert per report), so no single search is ever
 * stored; what is older than the retention goes with `purge`.
 */
export interface ReportStore {
  /** One more search of the day for the query (and one more without results, unless `found`). */
  countSearch(search: { day: string; lang: string; query: string; found: boolean }): Promise<void>;
  /** One more opening of the result `articleId` from the query's search of the day. */
  countOpen(open: { day: string; lang: string; query: string; articleId: string }): Promise<void>;
  addComment(comment: StoredComment): Promise<void>;
  /** Yes and no per article, language and day. */
  feedback(range: ReportRange): Promise<FeedbackCount[]>;
  /** Oldest first. */
  comments(range: ReportRange): Promise<StoredComment[]>;
  /** Every search per day and language (all queries together). */
  searchTotals(range: ReportRange): Promise<Omit<SearchCount, 'query'>[]>;
  /** The queries searched at least `minSearches` times on their day. */
  searches(range: ReportRange, minSearches: number): Promise<SearchCount[]>;
  /** The results opened from those queries. */
  opens(range: ReportRange, minSearches: number): Promise<OpenCount[]>;
  /** The wizards' progress last saved in the range. */
  progress(range: ReportRange): Promise<ProgressRow[]>;
  /** Removes search counts and comments of days before `day`; returns how many rows went. */
  purge(day: string): Promise<number>;
}

export interface MailStore {
  /** Adds a mail to the outbox; false when one with the same key is there already. */
  enqueue(mail: NewMail, at: string): Promise<boolean>;
  /** Claims due pending mails for this node (each mail by one node only). */
  claim(node: string, at: string, leaseUntil: string, limit: number): Promise<Mail[]>;
  /**
   * Marks a mail delivered, if this node still holds it: true when it did. Mails sent over SMTP lose their
   * body and facts (they may hold a temporary password); the demo mailbox keeps them to show.
   */
  markSent(id: number, node: string, at: string, channel: 'smtp' | 'demo'): Promise<boolean>;
  /** A failed delivery: retried at `retryAt`, or dead after the last attempt. */
  markFailed(id: number, node: string, error: string, retryAt: string | null): Promise<void>;
  /** The newest mails delivered into the demo mailbox. */
  demoMailbox(limit: number): Promise<Mail[]>;
  byKey(idempotencyKey: string): Promise<Mail | undefined>;
}

export interface RateLimitStore {
  /** Counts a hit in the key's current window (a new window once the last one ended). */
  hit(key: string, now: number, windowMs: number): Promise<Counter>;
  sweep(now: number): Promise<void>;
}

/** Notifications between the nodes (and within one): `orders:<companyId>` when a company's orders change. */
export interface EventBus {
  publish(topic: string): Promise<void>;
  subscribe(topic: string, listener: () => void): () => void;
}

export type WorkflowStatus = 'draft' | 'review' | 'scheduled' | 'published';
export type RevisionOrigin = 'studio' | 'import' | 'restore';

/** One language version of an article: its newest revision and where it stands in the workflow. */
export interface ArticleState {
  articleId: string;
  lang: string;
  head: number;
  status: WorkflowStatus;
  publishedRevision: number | null;
  publishAt: string | null;
  importedRevision: number | null;
  updatedAt: string;
  updatedBy: string;
  /** When the newest revision was written. */
  changedAt: string;
}

export interface ArticleRevision {
  number: number;
  source: string;
  author: string;
  message: string;
  origin: RevisionOrigin;
  createdAt: string;
}

export interface NewRevision {
  articleId: string;
  lang: string;
  /** The head the writer started from; 0 creates the article. */
  baseRevision: number;
  source: string;
  author: string;
  message: string;
  origin: RevisionOrigin;
  /** Import only: the revision comes from the files (a later import may replace it). */
  imported?: boolean;
}

export interface WorkflowChange {
  status: WorkflowStatus;
  publishedRevision: number | null;
  publishAt: string | null;
  updatedBy: string;
}

export interface StoredImage {
  name: string;
  contentType: string;
  data: Uint8Array;
  width: number;
  height: number;
}

export interface ContentStore {
  /** Every language version with the source of its newest revision. */
  list(): Promise<(ArticleState & { source: string })[]>;
  get(articleId: string, lang: string): Promise<(ArticleState & { source: string }) | undefined>;
  /**
   * Appends revision `baseRevision + 1` as the new head, in one conditional write: undefined when the head
   * is no longer `baseRevision` (another save came first) or, for 0, when the article exists.
   */
  addRevision(revision: NewRevision): Promise<ArticleState | undefined>;
  /** Newest first, without their sources. */
  revisions(articleId: string, lang: string): Promise<Omit<ArticleRevision, 'source'>[]>;
  revision(articleId: string, lang: string, number: number): Promise<ArticleRevision | undefined>;
  /** Changes the workflow while the head is still `head`; false when a save came in between. */
  setWorkflow(articleId: string, lang: string, head: number, change: WorkflowChange): Promise<boolean>;
  /** The sources the help shows: each published revision. */
  publishedSources(): Promise<{ articleId: string; lang: string; source: string }[]>;
  /** Scheduled versions whose time has come. */
  due(at: string): Promise<{ articleId: string; lang: string; head: number }[]>;
  autosave(
    userId: number,
    articleId: string,
    lang: string,
  ): Promise<{ source: string; baseRevision: number; savedAt: string } | undefined>;
  putAutosave(
    userId: number,
    articleId: string,
    lang: string,
    save: { source: string; baseRevision: number },
  ): Promise<void>;
  deleteAutosave(userId: number, articleId: string, lang: string): Promise<void>;
  /** `portal-map.json` and `synonyms.json`, as written. */
  file(name: string): Promise<string | undefined>;
  putFile(name: string, source: string): Promise<void>;
  latestVersion(): Promise<number>;
  /** The newest release: the rendered articles and indexes the help serves. */
  latestRelease(): Promise<{ version: number; bundles: string } | undefined>;
  /** Adds release `version`, keeping the newest ones only. @throws UniqueViolation('release') */
  addRelease(version: number, bundles: string): Promise<void>;
  /** Rewrites a release's row (the same release stored in other parts). */
  replaceRelease(version: number, bundles: string): Promise<void>;
  /** Every release kept, newest first. */
  releases(): Promise<{ version: number; bundles: string }[]>;
  /** Stores rendered articles by render key; a key stored already keeps its row. */
  putRenderedArticles(articles: { key: string; article: string }[]): Promise<void>;
  /** The rendered articles stored under these keys (a key not stored is left out). */
  renderedArticles(keys: string[]): Promise<{ key: string; article: string }[]>;
  /** Stores a search index by its key (the hash of its JSON); a key stored already keeps its row. */
  putSearchIndex(key: string, index: string): Promise<void>;
  searchIndex(key: string): Promise<string | undefined>;
  /** The keys of every rendered article and search index stored. */
  releasePartKeys(): Promise<{ articles: string[]; indexes: string[] }>;
  deleteReleaseParts(parts: { articles: string[]; indexes: string[] }): Promise<void>;
  /** Serialises publishing for the rest of the transaction (PostgreSQL: an advisory lock; SQLite has one writer). */
  lockPublishing(): Promise<void>;
  putImage(image: StoredImage & { uploadedBy: string }): Promise<void>;
  image(name: string): Promise<StoredImage | undefined>;
}

export interface StoreParts {
  users: UserStore;
  sessions: SessionStore;
  loginFailures: LoginFailureStore;
  temporaryPasswords: TemporaryPasswordStore;
  companies: CompanyStore;
  groups: GroupStore;
  workplaces: WorkplaceStore;
  devices: DeviceStore;
  carts: CartStore;
  orders: OrderStore;
  onboarding: OnboardingStore;
  feedback: FeedbackStore;
  mail: MailStore;
  rateLimits: RateLimitStore;
  content: ContentStore;
  reports: ReportStore;
}

export interface Store extends StoreParts {
  readonly dialect: 'sqlite' | 'postgres';
  readonly events: EventBus;
  /** Runs `fn` in one transaction: all of its writes or none. Use only the store it is given. */
  transaction<T>(fn: (tx: StoreParts) => Promise<T>): Promise<T>;
  /** Whether the database answers (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
