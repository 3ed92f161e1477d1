/**
 * Versioned schema: each entry runs once, in order, inside a transaction; `PRAGMA user_version` records
 * how many have run. Append new migrations; never edit one that has shipped.
 */
export const MIGRATIONS: string[] = [
  `
  CREATE TABLE companies (
    id INTEGER PRIMARY KEY,
    customer_number TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    street TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    city TEXT NOT NULL,
    one_time_password_hash TEXT,
    one_time_password_used_at TEXT,
    created_at TEXT NOT NULL
  );
  CREATE TABLE groups (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    name TEXT NOT NULL,
    address TEXT,
    is_default INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    UNIQUE (company_id, name)
  );
  CREATE TABLE workplaces (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    group_id INTEGER NOT NULL REFERENCES groups(id),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone_number TEXT NOT NULL UNIQUE,
    activated_at TEXT NOT NULL,
    order_id INTEGER
  );
  CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    email TEXT,
    role TEXT NOT NULL CHECK (role IN ('admin', 'user')),
    password_hash TEXT,
    password_changed_at TEXT,
    company_id INTEGER REFERENCES companies(id),
    workplace_id INTEGER REFERENCES workplaces(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL
  );
  CREATE TABLE temporary_passwords (
    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    hash TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
  );
  CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    restricted INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
  );
  CREATE TABLE login_failures (
    username TEXT PRIMARY KEY COLLATE NOCASE,
    count INTEGER NOT NULL,
    last_failed_at TEXT NOT NULL
  );
  CREATE TABLE devices (
    id INTEGER PRIMARY KEY,
    workplace_id INTEGER NOT NULL REFERENCES workplaces(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('desk-phone', 'desktop', 'mobile')),
    model TEXT,
    login_name TEXT,
    login_secret TEXT
  );
  CREATE TABLE device_registrations (
    id INTEGER PRIMARY KEY,
    device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    endpoint TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    UNIQUE (device_id, endpoint)
  );
  CREATE TABLE cart_items (
    id INTEGER PRIMARY KEY,
    session_id_hash TEXT NOT NULL REFERENCES sessions(id_hash) ON DELETE CASCADE,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    item TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    idempotency_key TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('bestellt', 'in Bearbeitung', 'ausgeführt', 'fehlgeschlagen')),
    failure_reason TEXT,
    items TEXT NOT NULL,
    execute_after TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    executed_at TEXT,
    UNIQUE (company_id, idempotency_key)
  );
  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    text TEXT NOT NULL,
    html TEXT NOT NULL,
    data TEXT NOT NULL,
    sent_at TEXT NOT NULL
  );
  CREATE TABLE onboarding (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    flow TEXT NOT NULL,
    state TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (user_id, flow)
  );
  CREATE TABLE article_feedback (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,
    lang TEXT NOT NULL,
    helpful INTEGER NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX orders_due ON orders (status, execute_after);
  CREATE INDEX cart_items_session ON cart_items (session_id_hash);
  `,
  // The link in the activation mail carries a one-off token; with it the first-login wizard may say what
  // the workplace has before the user has signed in. Only its hash is kept.
  `ALTER TABLE users ADD COLUMN welcome_token_hash TEXT;`,
  // Codes, not words: order statuses and failure reasons become stable codes (the words live where they
  // are shown). SQLite cannot change a CHECK constraint, so the table is rebuilt; its index with it.
  `
  CREATE TABLE orders_new (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    idempotency_key TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ordered', 'in_progress', 'executed', 'failed')),
    failure_reason TEXT,
    items TEXT NOT NULL,
    execute_after TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    executed_at TEXT,
    UNIQUE (company_id, idempotency_key)
  );
  INSERT INTO orders_new (id, company_id, idempotency_key, status, failure_reason, items, execute_after, created_by, created_at, executed_at)
    SELECT id, company_id, idempotency_key,
      CASE status
        WHEN 'bestellt' THEN 'ordered'
        WHEN 'in Bearbeitung' THEN 'in_progress'
        WHEN 'ausgeführt' THEN 'executed'
        ELSE 'failed'
      END,
      CASE WHEN failure_reason IS NULL THEN NULL ELSE 'execution_failed' END,
      items, execute_after, created_by, created_at, executed_at
    FROM orders;
  DROP TABLE orders;
  ALTER TABLE orders_new RENAME TO orders;
  CREATE INDEX orders_due ON orders (status, execute_after);
  `,
];
