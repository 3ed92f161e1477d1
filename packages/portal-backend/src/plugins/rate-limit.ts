import fp from 'fastify-plugin';
import rateLimit, { type FastifyRateLimitStore } from '@fastify/rate-limit';
import type { RateLimitStore } from '../store/types.js';

/**
 * @fastify/rate-limit with its counters in the store, so that every node counts the same window. Each
 * route's counters are keyed by its method and URL.
 */
function storeBacked(counters: RateLimitStore, scope = '') {
  return class implements FastifyRateLimitStore {
    incr(...[key, callback, timeWindow]: Parameters<FastifyRateLimitStore['incr']>) {
      const at = Date.now();
      counters.hit(`${scope}${key}`, at, timeWindow).then(
        ({ count, resetAt }) => callback(null, { current: count, ttl: Math.max(0, resetAt - at) }),
        (error: Error) => callback(error),
      );
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      // The plugin hands over its merged settings, the route's options among them as `routeInfo`.
      const { method, url } = (routeOptions as unknown as { routeInfo: { method?: string | string[]; url?: string } })
        .routeInfo;
      const Child = storeBacked(counters, `${[method].flat().join(',')} ${url ?? ''}|`);
      return new Child();
    }
  };
}

export default fp(
  async (app) => {
    await app.register(rateLimit, { global: false, store: storeBacked(app.store.rateLimits) });
    const sweeper = setInterval(() => {
      app.store.rateLimits.sweep(Date.now()).catch((error) => app.log.error({ err: error }, 'rate limit sweep failed'));
    }, 60_000).unref();
    app.addHook('onClose', async () => clearInterval(sweeper));
  },
  { name: 'rate-limit' },
);
