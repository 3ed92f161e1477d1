import '@fastify/cookie';
import type { Language } from '@direkthilfe/core/i18n/languages';
import type { Config } from './config.js';
import type { ContentLibrary } from './services/content-library.js';
import type { SessionUser, Store } from './store/types.js';
import type { PasswordHasher } from './auth/passwords.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    store: Store;
    /** The help content this node serves, always the newest release. */
    content: ContentLibrary;
    /** This process among the backend nodes, for the rows it claims. */
    nodeId: string;
    /** Password hashing in the bounded hashing pool; tests pass a lower cost. */
    passwords: PasswordHasher;
  }
  interface FastifyContextConfig {
    /**
     * An anonymous write of the help panel (feedback): no CSRF token, accepted from this origin and from
     * `ALLOWED_ORIGINS`. Only for routes that read no session; give each a rate limit.
     */
    anonymousWrite?: boolean;
  }
  interface FastifyRequest {
    /** The session's user, when the request carries a valid session cookie. */
    user?: SessionUser;
    /** The reader's language from Accept-Language. */
    lang: Language;
  }
}
