import { after, before } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import type { ApiErrorBody, ApiRouteKey, ResponseOf } from '@direkthilfe/core/api';
import type { OutboxMail } from '@direkthilfe/core/api/dev';
import { buildContent, loadSources } from '@direkthilfe/content';
import { buildApp, configFromEnv, type AppOptions, type Config } from '@direkthilfe/portal-backend';

let content: AppOptions['content'] | undefined;

/** An ephemeral port, known before the server starts so that links in mails can carry it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The starting content: `content/`, rendered once per test process, so that each test server's empty database
 * takes it without rendering it again.
 */
export async function testContent(): Promise<AppOptions['content']> {
  if (!content) {
    const sources = loadSources('content');
    const { bundles, renderKeys } = await buildContent(sources);
    content = { sources, prebuilt: { pages: sources.pages, bundles, renderKeys } };
  }
  return content;
}

export interface TestServer {
  app: FastifyInstance;
  url: string;
  config: Config;
  /** Stops the server; the database stays until `remove`. */
  stop(): Promise<void>;
  remove(): Promise<void>;
}

/**
 * A database of its own for one server: a temporary SQLite file, or, when `TEST_DATABASE_URL` names a
 * PostgreSQL server, a fresh database on it.
 */
export async function testDatabase(): Promise<{ url: string; remove(): Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const name = `dh_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(server, `CREATE DATABASE ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    return { url: url.href, remove: () => adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'dh-portal-'));
  return { url: join(dir, 'direkthilfe.sqlite'), remove: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function adminQuery(server: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A real server on 127.0.0.1 with an ephemeral port and a database of its own (see `testDatabase`). Low
 * scrypt cost and fast workers keep the tests quick; everything else is as in production. Pass
 * `databaseUrl` to start on an existing database (a restart).
 */
export async function startPortalServer(
  overrides: Partial<Config> = {},
  { scryptCost = 2 ** 12, logStream }: { scryptCost?: number; logStream?: { write(line: string): void } } = {},
): Promise<TestServer> {
  const database = overrides.databaseUrl ? undefined : await testDatabase();
  const port = overrides.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const config: Config = {
    ...configFromEnv({ PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: url }),
    databaseUrl: database?.url ?? '',
    workerIntervalMs: 50,
    mailIntervalMs: 50,
    ...overrides,
  };
  const { app } = await buildApp({
    config,
    content: await testContent(),
    scryptCost,
    ...(logStream ? { logLevel: 'info', logStream } : { logLevel: 'silent' }),
  });
  await app.listen({ port, host: '127.0.0.1' });
  app.server.keepAliveTimeout = 1;
  return {
    app,
    url,
    config,
    stop: () => app.close(),
    remove: async () => database?.remove(),
  };
}

/** A real server for the tests of one file: started before them, stopped and its database removed after. */
export function usePortalServer(...options: Parameters<typeof startPortalServer>): { readonly server: TestServer } {
  const context = {} as { server: TestServer };
  before(async () => {
    context.server = await startPortalServer(...options);
  });
  after(async () => {
    await context.server?.stop();
    await context.server?.remove();
  });
  return context;
}

type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type PathOf<P extends string> = P extends `${infer Base}?${string}` ? Base : P;
/** A contract URL as a template: `:id` and a trailing `*` stand for any text. */
type Pattern<U extends string> = U extends `${infer A}:${string}/${infer B}`
  ? `${A}${string}/${Pattern<B>}`
  : U extends `${infer A}:${string}`
    ? `${A}${string}`
    : U extends `${infer A}*`
      ? `${A}${string}`
      : U;
/** The contract route a request goes to, e.g. `'GET /api/admin/workplaces/:id'` for `GET /api/admin/workplaces/7`. */
type RouteOf<M extends string, P extends string> = {
  [K in ApiRouteKey]: K extends `${M} ${infer U}` ? (PathOf<P> extends Pattern<U> ? K : never) : never;
}[ApiRouteKey];

/**
 * What a test reads of an answer: the route's success body from the contract, with the error shape's
 * fields optional (a test also looks at refusals); only the error shape where the route has no body.
 */
export type AnswerBody<K extends ApiRouteKey> = [ResponseOf<K>] extends [never]
  ? Partial<ApiErrorBody> | undefined
  : ResponseOf<K> & Partial<ApiErrorBody>;

type Answer<B> = { status: number; headers: Headers; body: B };

/**
 * A browser-like client for the tests: keeps cookies, sends Origin and the CSRF token on state-changing
 * requests. Answers are typed by the API contract; request bodies are not, since tests also send bad ones.
 */
export class TestPortalClient {
  private readonly cookies = new Map<string, string>();
  private csrfToken?: string;
  private sent = 0;

  /**
   * `nodes`: several backend nodes behind one public address (`baseUrl`); each request goes to the next
   * node in turn, as a load balancer would send it.
   */
  constructor(
    readonly baseUrl: string,
    private readonly options: { origin?: string | null; csrf?: boolean; lang?: string; nodes?: string[] } = {},
  ) {}

  /** The node the next request goes to. */
  private nextBase(): string {
    const nodes = this.options.nodes;
    return nodes?.length ? nodes[this.sent++ % nodes.length] : this.baseUrl;
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const stateChanging = !['GET', 'HEAD'].includes(method);
    if (stateChanging && this.options.csrf !== false && !this.csrfToken) {
      this.csrfToken = ((await (await this.request('GET', '/api/csrf-token')).json()) as { token: string }).token;
    }
    const response = await fetch(this.nextBase() + path, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(stateChanging && this.options.origin !== null ? { origin: this.options.origin ?? this.baseUrl } : {}),
        ...(stateChanging && this.options.csrf !== false && this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
        'accept-language': this.options.lang ?? 'de',
        ...headers,
      },
      body: (body === undefined || typeof body === 'string' || body instanceof Uint8Array
        ? body
        : JSON.stringify(body)) as BodyInit | undefined,
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair.split('=');
      if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value.join('='));
    }
    return response;
  }

  /** A JSON call; the answer's type comes from the contract route that `method` and `path` reach. */
  json<M extends Method, P extends string>(
    method: M,
    path: P,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Answer<[RouteOf<M, P>] extends [never] ? Partial<ApiErrorBody> : AnswerBody<RouteOf<M, P>>>> {
    return this.send(method, path, body, headers);
  }

  /** A JSON call of a named contract route, for a path whose type does not show the route. */
  route<K extends ApiRouteKey>(
    route: K,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Answer<AnswerBody<K>>> {
    return this.send(route.slice(0, route.indexOf(' ')), path, body, headers);
  }

  private async send<B>(method: string, path: string, body?: unknown, headers?: Record<string, string>) {
    const response = await this.request(method, path, body, headers);
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as B };
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

export type Mail = OutboxMail;

/** The id of the newest mail in the demo mailbox (0 when empty), to wait for mails after it. */
export async function lastMailId(client: TestPortalClient): Promise<number> {
  const { body } = await client.json('GET', '/api/dev/outbox');
  return body.mails[0]?.id ?? 0;
}

/**
 * Waits for a mail in the demo mailbox that matches (newer than `after`, when given). Mails leave the
 * outbox asynchronously, so this polls the mailbox until the mail is there.
 */
export async function waitForMail(
  client: TestPortalClient,
  match: (mail: Mail) => boolean,
  { after = 0, timeoutMs = 60_000 }: { after?: number; timeoutMs?: number } = {},
): Promise<Mail> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await client.json('GET', '/api/dev/outbox');
    const mail = body.mails.find((m) => m.id > after && match(m));
    if (mail) return mail;
    if (Date.now() > end) throw new Error('no matching mail in the outbox');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * An admin registered in the BSP with the permission unlocked by the seeded welcome letter. Its one-time
 * password works once per server, so a test file keeps the client it gets.
 */
export async function unlockedAdmin(url: string, username: string): Promise<TestPortalClient> {
  const client = new TestPortalClient(url);
  const letter = await waitForMail(client, (m) => m.data.kind === 'welcome-letter');
  await client.json('POST', '/api/admin/register', {
    username,
    email: `${username}@muster-elektro.example`,
    password: 'Kaffee.Tasse-42',
  });
  const { status } = await client.json('POST', '/api/admin/activate', {
    customerNumber: letter.data.customerNumber,
    oneTimePassword: letter.data.oneTimePassword,
  });
  if (status !== 200) throw new Error(`the permission was not unlocked (${status})`);
  return client;
}

/** The invitation link's token from the seeded editor's mail. */
export async function invitationToken(url: string): Promise<string> {
  const mail = await waitForMail(new TestPortalClient(url), (m) => m.data.kind === 'editor-invitation');
  return new URL(String(mail.data.link)).hash.replace('#token=', '');
}

/**
 * The seeded editor `redaktion`, logged in to the studio after setting a first password with the invitation.
 * The invitation works once per server: later calls log in with that password.
 */
export async function studioEditor(url: string): Promise<TestPortalClient> {
  const client = new TestPortalClient(url);
  const password = 'Nordsee.Welle-73';
  const { status } = await client.json('POST', '/api/studio/invitation', {
    token: await invitationToken(url),
    newPassword: password,
  });
  if (status === 200) return client;
  const login = await client.json('POST', '/api/auth/login', { username: 'redaktion', password, role: 'editor' });
  if (login.status !== 200) throw new Error(`the editor could not log in (${login.status})`);
  return client;
}
