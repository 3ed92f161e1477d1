import fp from 'fastify-plugin';
import { languageOf } from '../messages.js';
import { sessionToken } from '../context.js';
import { Sessions } from '../auth/sessions.js';

declare module 'fastify' {
  interface FastifyInstance {
    sessions: Sessions;
  }
}

/** Every request learns its language and, from the session cookie, its user. */
export default fp(
  async (app) => {
    const sessions = new Sessions(app.store.sessions, {
      idleMs: app.config.sessionIdleMs,
      absoluteMs: app.config.sessionAbsoluteMs,
    });
    app.decorate('sessions', sessions);
    app.decorateRequest('lang', 'de');
    app.decorateRequest('user', undefined);
    app.addHook('onRequest', async (request) => {
      request.lang = languageOf(request.headers['accept-language']);
      request.user = await sessions.get(sessionToken(request));
    });
  },
  { name: 'session', dependencies: ['security'] },
);
