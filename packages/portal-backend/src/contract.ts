import { API, type Api, type ApiRouteKey } from '@direkthilfe/core/api';

export type { FastifyPluginAsyncTypebox as ApiPlugin } from '@fastify/type-provider-typebox';

/**
 * A route's schema from the API contract (`@direkthilfe/core/api`): fastify validates the request and
 * serialises the answer with it, the type provider types the handler by it, and `/api/docs` shows it.
 */
export const schemaOf = <K extends ApiRouteKey>(key: K): Api[K]['schema'] => API[key].schema;
