import { join, resolve } from 'node:path';

export type Mode = 'demo' | 'production';

export interface Config {
  port: number;
  host: string;
  /** Path of the SQLite file, or `:memory:`. */
  databaseFile: string;
  /** `smtp://user:pass@host:port`; without it, mails go to the outbox table (demo only). */
  smtpUrl?: string;
  /** The URL users reach the portal at, for links in mails. */
  publicUrl: string;
  mode: Mode;
  /** How often the order worker looks for due orders. */
  workerIntervalMs: number;
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

/** Reads the configuration from the environment, with demo defaults that need no setup. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080);
  const host = env.HOST ?? 'localhost';
  const dataDir = env.DATA_DIR ?? join(root, 'data');
  const databaseUrl = env.DATABASE_URL?.replace(/^(?:sqlite|file):(?:\/\/)?/, '');
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  return {
    port,
    host,
    databaseFile: databaseUrl || join(dataDir, 'direkthilfe.sqlite'),
    smtpUrl: env.SMTP_URL || undefined,
    publicUrl,
    mode: env.NODE_ENV === 'production' ? 'production' : 'demo',
    workerIntervalMs: Number(env.ORDER_WORKER_INTERVAL_MS ?? 1000),
    sessionIdleMs: Number(env.SESSION_IDLE_MINUTES ?? 30) * 60_000,
    sessionAbsoluteMs: Number(env.SESSION_ABSOLUTE_HOURS ?? 8) * 3_600_000,
    secureCookies: publicUrl.startsWith('https:'),
    widgetsDir: join(root, 'packages/widgets/dist'),
    contentDir: join(root, 'packages/content/dist'),
    demoDir: join(root, 'packages/demo-portal/dist'),
    portalMapFile: join(root, 'content/portal-map.json'),
  };
}
