import type { Generated } from 'kysely';

/**
 * The tables as the query builder sees them, the same for SQLite and PostgreSQL. Times are ISO strings in
 * UTC (they sort as text in both databases), flags are 0/1 integers, JSON is kept as text.
 */
export interface Database {
  companies: {
    id: Generated<number>;
    customer_number: string;
    name: string;
    contact_email: string;
    street: string;
    postal_code: string;
    city: string;
    one_time_password_hash: string | null;
    one_time_password_used_at: string | null;
    /** The next free extension of the company's number block (deterministic allocation). */
    next_extension: Generated<number>;
    created_at: string;
  };
  groups: {
    id: Generated<number>;
    company_id: number;
    name: string;
    address: string | null;
    is_default: number;
    created_at: string;
    /** Counts the changes; a write names the revision it read (lost-update protection). */
    revision: Generated<number>;
  };
  workplaces: {
    id: Generated<number>;
    company_id: number;
    group_id: number;
    name: string;
    email: string;
    phone_number: string;
    activated_at: string;
    order_id: number | null;
    revision: Generated<number>;
  };
  users: {
    id: Generated<number>;
    username: string;
    email: string | null;
    role: 'admin' | 'user' | 'editor';
    password_hash: string | null;
    password_changed_at: string | null;
    company_id: number | null;
    workplace_id: number | null;
    welcome_token_hash: string | null;
    /** The salt all of the user's pending temporary passwords share, so one derivation checks them all. */
    temporary_salt: string | null;
    created_at: string;
    /** Editors only: may publish (else they hand articles in for review). */
    can_publish: Generated<number>;
  };
  temporary_passwords: {
    id: Generated<number>;
    user_id: number;
    hash: string;
    expires_at: string;
    failed_attempts: number;
    created_at: string;
  };
  sessions: {
    id_hash: string;
    user_id: number;
    restricted: number;
    created_at: string;
    last_seen_at: string;
  };
  login_failures: {
    username_key: string;
    count: number;
    last_failed_at: string;
  };
  devices: {
    id: Generated<number>;
    workplace_id: number;
    kind: 'desk-phone' | 'desktop' | 'mobile';
    model: string | null;
    login_name: string | null;
    login_secret: string | null;
  };
  device_registrations: {
    id: Generated<number>;
    device_id: number;
    endpoint: string;
    registered_at: string;
  };
  cart_items: {
    id: Generated<number>;
    session_id_hash: string;
    company_id: number;
    item: string;
    created_at: string;
  };
  orders: {
    id: Generated<number>;
    company_id: number;
    idempotency_key: string;
    status: 'ordered' | 'in_progress' | 'executed' | 'failed';
    failure_code: string | null;
    items: string;
    execute_after: string;
    created_by: number | null;
    created_at: string;
    executed_at: string | null;
    /** The node carrying the order out, and until when its claim holds; another node takes over after. */
    claimed_by: string | null;
    lease_until: string | null;
    attempts: Generated<number>;
  };
  mail_outbox: {
    id: Generated<number>;
    idempotency_key: string;
    to_address: string;
    lang: string;
    data: string;
    subject: string;
    text: string;
    html: string;
    status: 'pending' | 'sent' | 'dead';
    attempts: Generated<number>;
    next_attempt_at: string;
    claimed_by: string | null;
    lease_until: string | null;
    last_error: string | null;
    /** Where it was delivered: over SMTP, or into the demo's mailbox. */
    channel: 'smtp' | 'demo' | null;
    created_at: string;
    sent_at: string | null;
  };
  onboarding: {
    user_id: number;
    flow: string;
    state: string;
    updated_at: string;
  };
  article_feedback: {
    id: Generated<number>;
    article_id: string;
    lang: string;
    helpful: number;
    created_at: string;
  };
  /** The panel's searches per day, language and normalised query: counts only. */
  search_reports: {
    day: string;
    lang: string;
    query: string;
    searches: number;
    no_results: number;
  };
  /** How often a result was opened from a search, per day, language and query. */
  search_report_opens: {
    day: string;
    lang: string;
    query: string;
    article_id: string;
    opens: number;
  };
  /** What readers missed after "Nein", with the day only. */
  article_feedback_comments: {
    id: Generated<number>;
    article_id: string;
    lang: string;
    day: string;
    comment: string;
  };
  rate_limits: {
    key: string;
    count: number;
    /** Milliseconds since the epoch when the window ends. */
    reset_at: number | string;
  };
  articles: {
    article_id: string;
    lang: string;
    /** The newest revision's number; a save names the head it started from. */
    head: number;
    status: 'draft' | 'review' | 'scheduled' | 'published';
    /** The revision the help shows, or null when the article is not published. */
    published_revision: number | null;
    publish_at: string | null;
    /** The revision the last import wrote: a newer head was changed in the studio since. */
    imported_revision: number | null;
    updated_at: string;
    updated_by: string;
  };
  article_revisions: {
    article_id: string;
    lang: string;
    number: number;
    /** The whole Markdown file: frontmatter and body. */
    source: string;
    author: string;
    message: string;
    origin: 'studio' | 'import' | 'restore';
    created_at: string;
  };
  article_autosaves: {
    user_id: number;
    article_id: string;
    lang: string;
    source: string;
    base_revision: number;
    saved_at: string;
  };
  /** The portal map and the synonym list, as their JSON files. */
  content_files: {
    name: string;
    source: string;
    updated_at: string;
  };
  /**
   * What the help serves, one row per publish: which rendered articles and search index each language has (or,
   * stored by an earlier server version, the articles and indexes themselves).
   */
  content_releases: {
    version: number;
    bundles: string;
    created_at: string;
  };
  /** Rendered articles as JSON, by render key: stored once, named by every release that has them. */
  content_rendered_articles: {
    render_key: string;
    article: string;
    created_at: string;
  };
  /** Search indexes as JSON, by the hash of that JSON: a release names one per language. */
  content_search_indexes: {
    index_key: string;
    search_index: string;
    created_at: string;
  };
  images: {
    name: string;
    content_type: string;
    data: Uint8Array;
    width: number;
    height: number;
    uploaded_by: string;
    created_at: string;
  };
}
