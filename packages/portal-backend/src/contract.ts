import { API, type Api, type ApiRouteKey } from '@direkthilfe/core/api';

export type { FastifyPluginAsyncTypebox as ApiPlugin } from '@fastify/type-provider-typebox';

/**
 * A route's schema from the API contract (`@direkthilfe/core/api`): fastify validates the request and
 * serialises the answer with it, the type provider types the handler by it, and `/api/docs` shows it.
 */
/**
 * An answer serialised once and kept with its ETag (the order list, the search index): fastify sends a JSON
 * string as it is, so it only needs to be named as the route's body type.
 */
export const preSerialized = <T>(json: string): T => json as unknown as T;

export const schemaOf = <K extends ApiRouteKey>(key: K): Api[K]['schema'] => API[key].schema;
