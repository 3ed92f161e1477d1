import { join, resolve } from 'node:path';
import envSchema from 'env-schema';
import { Type, type Static } from 'typebox';

export type Mode = 'demo' | 'production';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  port: number;
  host: string;
  /** `postgres://…` for PostgreSQL; otherwise the path of the SQLite file (or `:memory:`). */
  databaseUrl: string;
  /**
   * Whom to believe for the client's address (X-Forwarded-For): the load balancer's addresses, as fastify's
   * `trustProxy` (for example `10.0.0.0/8` or `127.0.0.1`). Unset: the connection's own address.
   */
  trustProxy?: string;
  /** Connections per node to PostgreSQL. */
  databasePoolSize: number;
  /** `smtp://user:pass@host:port`; without it, mails go to the demo mailbox (demo only). */
  smtpUrl?: string;
  /** The URL users reach the portal at, for links in mails. */
  publicUrl: string;
  /**
   * Other origins that embed the help (`https://intranet.example`): they may load the widget files and read
   * the help API (`*`: any origin, for these cookie-free reads), and send the panel's anonymous writes
   * (feedback), which need an origin named here. Empty: the portal's own pages only.
   */
  allowedOrigins: string[];
  mode: Mode;
  /** Request and server log level: `warn` in demo mode (the console stays readable), `info` in production. */
  logLevel: LogLevel;
  /** The OpenAPI reader at /api/docs: always in the demo, in production only with API_DOCS=1. */
  apiDocs: boolean;
  /** How often the order worker looks for due orders. */
  workerIntervalMs: number;
  /** How long an order stays "in progress" on the node carrying it out (the provider's provisioning). */
  orderProvisioningMs: number;
  /** How long a node's claim on an order or a mail holds without renewal; then another node takes over. */
  leaseMs: number;
  /** How often the mail sender looks for mails to deliver. */
  mailIntervalMs: number;
  /** Worker threads for password hashing (128 MiB each while a hash runs), and how many hashes may wait. */
  hashThreads: number;
  hashQueue: number;
  /**
   * Connection limits: idle (no byte either way), the request's headers, the whole request, and an idle
   * keep-alive connection between requests.
   */
  timeouts: { idleMs: number; headersMs: number; requestMs: number; keepAliveMs: number };
  /** Idle and absolute session lifetimes. */
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** Secure cookies behind https. */
  secureCookies: boolean;
  /** The built widgets. */
  widgetsDir: string;
  /** The starting content (`content/`): imported into an empty database, and in demo mode after each rebuild. */
  contentDir: string;
  /** Where `npm run content:build` and `content:watch` write; demo mode imports again when it changes. */
  contentBuildDir: string;
  /** The built demo portal (`pages/`, `assets/`). */
  demoDir: string;
}

const root = resolve(import.meta.dirname, '../../..');

const whole = (minimum: number, maximum: number, fallback: number) =>
  Type.Integer({ minimum, maximum, default: fallback });

/** `*` or an origin: scheme, host and port, without a path. */
const ORIGIN = '\\s*(?:\\*|https?://[^\\s/,*]+)';

/** The environment variables the server reads, checked at start. */
const EnvironmentSchema = Type.Object({
  PORT: whole(0, 65_535, 8080),
  HOST: Type.String({ minLength: 1, default: 'localhost' }),
  DATA_DIR: Type.Optional(Type.String({ minLength: 1 })),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^(?:postgres(?:ql)?://.+|(?:sqlite|file):.+|:memory:)$' })),
  DATABASE_POOL_SIZE: whole(1, 100, 10),
  TRUST_PROXY: Type.Optional(Type.String({ pattern: '^[0-9a-fA-F.:/, ]+$' })),
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://[^\\s/]+(?:/[^\\s]*)?$' })),
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://.+' })),
  ALLOWED_ORIGINS: Type.Optional(Type.String({ pattern: `^${ORIGIN}(?:\\s*,\\s*${ORIGIN})*\\s*$` })),
  NODE_ENV: Type.Optional(Type.String()),
  LOG_LEVEL: Type.Optional(Type.Union(LOG_LEVELS.map((level) => Type.Literal(level)))),
  ALLOW_INSECURE_HTTP: Type.Optional(Type.Enum(['0', '1'])),
  API_DOCS: Type.Optional(Type.Enum(['0', '1'])),
  ORDER_WORKER_INTERVAL_MS: whole(10, 3_600_000, 1000),
  ORDER_PROVISIONING_MS: whole(0, 86_400_000, 0),
  LEASE_MS: whole(1000, 3_600_000, 30_000),
  MAIL_INTERVAL_MS: whole(10, 3_600_000, 1000),
  HASH_THREADS: whole(1, 64, 2),
  HASH_QUEUE: whole(0, 10_000, 32),
  SESSION_IDLE_MINUTES: whole(1, 1440, 30),
  SESSION_ABSOLUTE_HOURS: whole(1, 720, 8),
});
type Environment = Static<typeof EnvironmentSchema>;

/** What each variable must look like, for the one message per bad variable at start. */
const EXPECTED: Record<string, { de: string; en: string }> = {
  PORT: { de: 'eine Portnummer von 0 bis 65535', en: 'a port number from 0 to 65535' },
  HOST: { de: 'ein Hostname oder eine IP-Adresse', en: 'a host name or IP address' },
  DATABASE_URL: {
    de: 'postgres://benutzer:passwort@host:5432/datenbank oder file:/pfad/zur/datei.sqlite',
    en: 'postgres://user:password@host:5432/database or file:/path/to/file.sqlite',
  },
  DATABASE_POOL_SIZE: { de: 'eine ganze Zahl von 1 bis 100', en: 'a whole number from 1 to 100' },
  PUBLIC_URL: { de: 'eine URL wie https://portal.example.de', en: 'a URL such as https://portal.example.com' },
  SMTP_URL: { de: 'eine URL wie smtp://benutzer:passwort@host:587', en: 'a URL such as smtp://user:pass@host:587' },
  LOG_LEVEL: {
    de: `eine dieser Stufen: ${LOG_LEVELS.join(', ')}`,
    en: `one of these levels: ${LOG_LEVELS.join(', ')}`,
  },
  ALLOWED_ORIGINS: {
    de: 'Origins, durch Kommas getrennt, zum Beispiel https://intranet.example.de,https://www.example.de, oder *',
    en: 'origins separated by commas, for example https://intranet.example.com,https://www.example.com, or *',
  },
  ALLOW_INSECURE_HTTP: { de: '1 (oder nicht gesetzt)', en: '1 (or unset)' },
  API_DOCS: { de: '1 (oder nicht gesetzt)', en: '1 (or unset)' },
  TRUST_PROXY: {
    de: 'die Adressen des Load Balancers, zum Beispiel 10.0.0.0/8,127.0.0.1',
    en: "the load balancer's addresses, for example 10.0.0.0/8,127.0.0.1",
  },
};

/** One problem of the configuration, German and English. */
export interface ConfigProblem {
  variable: string;
  de: string;
  en: string;
}

const badValue = (name: string): ConfigProblem => {
  const expected = EXPECTED[name] ?? { de: 'eine ganze Zahl im erlaubten Bereich', en: 'a whole number in range' };
  return {
    variable: name,
    de: `${name} ist ungültig: erwartet wird ${expected.de}.`,
    en: `${name} is invalid: expected ${expected.en}.`,
  };
};

/** A configuration error: one line per problem, German first, then English. */
export class ConfigError extends Error {
  readonly variables: string[];

  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map((p) => `${p.de} / ${p.en}`).join('\n'));
    this.name = 'ConfigError';
    this.variables = problems.map((p) => p.variable);
  }
}

/**
 * What production refuses to start without: an https address (or the operator's word that a proxy in front
 * ends TLS), and SMTP, since the demo mailbox does not exist there.
 */
function productionProblems(e: Environment): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (!e.PUBLIC_URL?.startsWith('https://') && e.ALLOW_INSECURE_HTTP !== '1') {
    problems.push({
      variable: 'PUBLIC_URL',
      de: `PUBLIC_URL muss im Betrieb (NODE_ENV=production) mit https:// beginnen, ist aber ${e.PUBLIC_URL ? `„${e.PUBLIC_URL}“` : 'nicht gesetzt'}. Nennen Sie die https-Adresse, unter der man das Portal erreicht, auch hinter einem Proxy, der TLS beendet; nur für einen bewusst unverschlüsselten Betrieb ALLOW_INSECURE_HTTP=1.`,
      en: `PUBLIC_URL must start with https:// in production (NODE_ENV=production), but is ${e.PUBLIC_URL ? `"${e.PUBLIC_URL}"` : 'not set'}. Give the https address users reach the portal at, also behind a TLS-terminating proxy; only for deliberately unencrypted operation set ALLOW_INSECURE_HTTP=1.`,
    });
  }
  if (!e.SMTP_URL) {
    problems.push({
      variable: 'SMTP_URL',
      de: 'SMTP_URL fehlt: Im Betrieb (NODE_ENV=production) gehen Mails nur über SMTP hinaus, zum Beispiel smtp://benutzer:passwort@host:587.',
      en: 'SMTP_URL is missing: in production (NODE_ENV=production) mail leaves over SMTP only, for example smtp://user:pass@host:587.',
    });
  }
  return problems;
}

function checkedEnvironment(env: NodeJS.ProcessEnv): Environment {
  const data = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  try {
    return envSchema<Environment>({ schema: EnvironmentSchema, data, dotenv: false });
  } catch (error) {
    const errors = (error as { errors?: { instancePath: string }[] }).errors;
    if (!errors) throw error;
    throw new ConfigError([...new Set(errors.map((e) => e.instancePath.replace(/^\//, '')))].map(badValue));
  }
}

/** Reads the configuration from the environment, with demo defaults that need no setup. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const e = checkedEnvironment(env);
  const mode: Mode = e.NODE_ENV === 'production' ? 'production' : 'demo';
  if (mode === 'production') {
    const problems = productionProblems(e);
    if (problems.length) throw new ConfigError(problems);
  }
  const dataDir = e.DATA_DIR ?? join(root, 'data');
  const databaseUrl = e.DATABASE_URL?.replace(/^(?:sqlite|file):(?:\/\/)?/, '');
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: databaseUrl || join(dataDir, 'direkthilfe.sqlite'),
    databasePoolSize: e.DATABASE_POOL_SIZE,
    trustProxy: e.TRUST_PROXY,
    smtpUrl: e.SMTP_URL,
    publicUrl,
    allowedOrigins: (e.ALLOWED_ORIGINS ?? '').split(',').flatMap((origin) => origin.trim() || []),
    mode,
    logLevel: e.LOG_LEVEL ?? (mode === 'production' ? 'info' : 'warn'),
    apiDocs: mode === 'demo' || e.API_DOCS === '1',
    workerIntervalMs: e.ORDER_WORKER_INTERVAL_MS,
    orderProvisioningMs: e.ORDER_PROVISIONING_MS,
    leaseMs: e.LEASE_MS,
    mailIntervalMs: e.MAIL_INTERVAL_MS,
    timeouts: { idleMs: 60_000, headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 },
    hashThreads: e.HASH_THREADS,
    hashQueue: e.HASH_QUEUE,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    secureCookies: publicUrl.startsWith('https:'),
    widgetsDir: join(root, 'packages/widgets/dist'),
    contentDir: join(root, 'content'),
    contentBuildDir: join(root, 'packages/content/dist'),
    demoDir: join(root, 'packages/demo-portal/dist'),
  };
}
