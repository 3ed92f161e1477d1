// Building blocks of the API contract. Plain JSON Schema built with TypeBox: the backend validates and
// serialises with these schemas, the browser code takes only their types (`import type`, `Static`).
import Type, { type Static, type TSchema } from 'typebox';
import { ROLES } from '../content/model.js';
import { LANGUAGES } from '../i18n/languages.js';
import { ApiErrorBody } from './errors.js';

/** A value or null. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** One of a fixed list of stable codes (`enum` in JSON Schema, a union of literals in TypeScript). */
export const Codes = <const T extends string[]>(codes: readonly [...T], options: { description?: string } = {}) =>
  Type.Enum(codes, options);

/** Free text with length limits; the field messages name them ("höchstens 80 Zeichen"). */
export const Text = (maxLength = 200, minLength = 1) => Type.String({ minLength, maxLength });
/**
 * What names and addresses may not contain: control characters (NUL, line breaks, escape …), characters
 * that turn the writing direction (right-to-left override and the other bidi controls, which make a name
 * read differently from what it is) and lone surrogates (broken UTF-16).
 */
export const REFUSED_CHARACTERS = /[\p{Cc}\p{Cs}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/u;
/** The JSON-schema format of such text; the backend registers it with its validator. */
export const PLAIN_TEXT_FORMAT = 'plain-text';
export const isPlainText = (value: string): boolean => !REFUSED_CHARACTERS.test(value);
/** At least one character that is not a space: a name of spaces would be stored as "". */
export const NOT_BLANK_PATTERN = '\\S';

/** A name: not blank (it is stored trimmed), nothing of `REFUSED_CHARACTERS`. */
export const Name = (maxLength = 120) =>
  Type.String({ minLength: 1, maxLength, pattern: NOT_BLANK_PATTERN, format: PLAIN_TEXT_FORMAT });
/** An address or other free line that may be empty. */
export const PlainText = (maxLength = 200) => Type.String({ maxLength, format: PLAIN_TEXT_FORMAT });
export const Email = Type.String({ format: 'email', maxLength: 254 });
/** A calendar day, `YYYY-MM-DD`. */
export const Day = Type.String({ format: 'date' });
/** A moment as an ISO 8601 string in UTC. */
export const Timestamp = Type.String({ description: 'ISO 8601, UTC' });

/**
 * The largest id the API accepts: nine digits, so that every id stays inside PostgreSQL's `integer`
 * (2³¹ − 1) and a too-large one is a validation error, never a database range error.
 */
export const MAX_ID = 999_999_999;
/** A row id in a body or an answer. */
export const Id = Type.Integer({ minimum: 1, maximum: MAX_ID });
/**
 * A row id in the path. Path parameters arrive as strings and the backend's ajv does not coerce types
 * (`coerceTypes: false`, so that a body's `"1"` is never taken for `1`); the pattern admits exactly the
 * decimal forms of 1 … MAX_ID (no sign, no leading zero, no `1e3`), and the handler reads it with `Number()`.
 */
export const IdParam = Type.String({ pattern: '^[1-9][0-9]{0,8}$', description: 'Positive integer id' });
export const IdParams = Type.Object({ id: IdParam });

export const LanguageCode = Codes(LANGUAGES);
export const RoleCode = Codes(ROLES);
/** Who an account is: the two views of the portal, and the editors of the help content (the studio). */
export const ACCOUNT_ROLES = [...ROLES, 'editor'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];
export const AccountRoleCode = Codes(ACCOUNT_ROLES);

/** An object that refuses unknown fields: a typo in a request is an error, not silently ignored. */
export const Strict = <T extends Record<string, TSchema>>(properties: T) =>
  Type.Object(properties, { additionalProperties: false });

/** A 204 answer; and a 304 answer to a matching `If-None-Match`. Neither has a body. */
export const NoContent = Type.Null({ description: 'No content' });
export const NotModified = Type.Null({ description: 'Not modified (the ETag matched)' });

/** Every error, whatever the status: `{ code, message, fields? … }`. */
export const ERROR_RESPONSES = { '4xx': ApiErrorBody, '5xx': ApiErrorBody } as const;

export const ConditionalHeaders = Type.Object({ 'if-none-match': Type.Optional(Type.String({ maxLength: 200 })) });

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The parts of a route's schema, as fastify takes them. */
export interface RouteSchema {
  tags: string[];
  summary: string;
  params?: TSchema;
  querystring?: TSchema;
  headers?: TSchema;
  body?: TSchema;
  response: Record<string, TSchema>;
}

export interface RouteContract<
  M extends Method = Method,
  U extends string = string,
  S extends RouteSchema = RouteSchema,
> {
  method: M;
  url: U;
  schema: S;
}

/** One route of the contract; every answer also has the shared error shape. */
export const route = <const M extends Method, const U extends string, const S extends RouteSchema>(
  method: M,
  url: U,
  schema: S,
): RouteContract<M, U, S & { response: typeof ERROR_RESPONSES }> => ({
  method,
  url,
  schema: { ...schema, response: { ...schema.response, ...ERROR_RESPONSES } },
});

/** `'GET /api/cart'` style keys, as in the OpenAPI document and the story mocks. */
export type RouteKey<R extends RouteContract> = `${R['method']} ${R['url']}`;

type Keyed<R extends readonly RouteContract[]> = { [C in R[number] as RouteKey<C>]: C };

/** The routes of one area, keyed by `METHOD /url`. */
export const routes = <const R extends readonly RouteContract[]>(...list: R): Keyed<R> =>
  Object.fromEntries(list.map((r) => [`${r.method} ${r.url}`, r])) as Keyed<R>;

type Success = 200 | 201 | 202;

/** The body of a route's success answer(s); 204 and 304 have none. */
export type SuccessBody<R extends RouteContract> = {
  [S in keyof R['schema']['response']]: S extends Success ? Static<R['schema']['response'][S]> : never;
}[keyof R['schema']['response']];

/** The request parts of a route, as the client sends them. */
export type RequestBody<R extends RouteContract> = R['schema'] extends { body: infer B extends TSchema }
  ? Static<B>
  : undefined;
export type RequestQuery<R extends RouteContract> = R['schema'] extends { querystring: infer Q extends TSchema }
  ? Static<Q>
  : undefined;
export type RequestParams<R extends RouteContract> = R['schema'] extends { params: infer P extends TSchema }
  ? Static<P>
  : undefined;
