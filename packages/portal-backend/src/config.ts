import { join, resolve } from 'node:path';
import envSchema from 'env-schema';
import { Type, type Static } from 'typebox';

export type Mode = 'demo' | 'production';

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
  mode: Mode;
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
  /** Folders with the built widgets and content. */
  widgetsDir: string;
  contentDir: string;
  /** The built demo portal (`pages/`, `assets/`), and the portal map of the content. */
  demoDir: string;
  portalMapFile: string;
}

const root = resolve(import.meta.dirname, '../../..');

const whole = (minimum: number, maximum: number, fallback: number) =>
  Type.Integer({ minimum, maximum, default: fallback });

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
  NODE_ENV: Type.Optional(Type.String()),
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
  TRUST_PROXY: {
    de: 'die Adressen des Load Balancers, zum Beispiel 10.0.0.0/8,127.0.0.1',
    en: "the load balancer's addresses, for example 10.0.0.0/8,127.0.0.1",
  },
};

/** A configuration error: one line per bad variable, German first, then English. */
export class ConfigError extends Error {
  constructor(readonly variables: string[]) {
    super(
      variables
        .map((name) => {
          const expected = EXPECTED[name] ?? {
            de: 'eine ganze Zahl im erlaubten Bereich',
            en: 'a whole number in range',
          };
          return `${name} ist ungültig: erwartet wird ${expected.de}. / ${name} is invalid: expected ${expected.en}.`;
        })
        .join('\n'),
    );
    this.name = 'ConfigError';
  }
}

function checkedEnvironment(env: NodeJS.ProcessEnv): Environment {
  const data = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  try {
    return envSchema<Environment>({ schema: EnvironmentSchema, data, dotenv: false });
  } catch (error) {
    const errors = (error as { errors?: { instancePath: string }[] }).errors;
    if (!errors) throw error;
    throw new ConfigError([...new Set(errors.map((e) => e.instancePath.replace(/^\//, '')))]);
  }
}

/** Reads the configuration from the environment, with demo defaults that need no setup. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const e = checkedEnvironment(env);
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
    mode: e.NODE_ENV === 'production' ? 'production' : 'demo',
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
    contentDir: join(root, 'packages/content/dist'),
    demoDir: join(root, 'packages/demo-portal/dist'),
    portalMapFile: join(root, 'content/portal-map.json'),
  };
}
