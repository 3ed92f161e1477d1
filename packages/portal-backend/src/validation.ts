import type { FastifySchemaValidationError } from 'fastify/types/schema.js';
import type { Language } from '@direkthilfe/core/i18n/languages';
import { message } from './messages.js';

const KEYWORD_KEYS: Record<string, string> = {
  required: 'required',
  additionalProperties: 'unknown',
  minLength: 'tooShort',
  maxLength: 'tooLong',
  type: 'type',
};
const FORMAT_KEYS: Record<string, string> = { email: 'email', date: 'date' };

/** Turns JSON-schema errors into one German (or English) message per body field. */
export function fieldErrors(errors: FastifySchemaValidationError[], lang: Language): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const params = error.params as Record<string, unknown>;
    const field =
      (params.missingProperty as string | undefined) ??
      (params.additionalProperty as string | undefined) ??
      (error.instancePath.split('/')[1] || '_');
    if (fields[field]) continue;
    const key =
      error.keyword === 'format'
        ? (FORMAT_KEYS[params.format as string] ?? 'invalid')
        : (KEYWORD_KEYS[error.keyword] ?? 'invalid');
    fields[field] = message(lang, `field.${key}`, { limit: params.limit });
  }
  return fields;
}

/** An object schema that refuses unknown fields. */
export const body = (properties: Record<string, object>, required: string[] = Object.keys(properties)) => ({
  type: 'object',
  additionalProperties: false,
  required,
  properties,
});

export const text = (maxLength = 200, minLength = 1) => ({ type: 'string', minLength, maxLength });
export const email = { type: 'string', format: 'email', maxLength: 254 };

/** Standard error answer in the OpenAPI document. */
export const errorSchema = {
  type: 'object',
  // Some errors carry more: failed rule ids, messages, a date from which something is possible.
  additionalProperties: true,
  properties: {
    code: { type: 'string' },
    message: { type: 'string' },
    fields: { type: 'object', additionalProperties: { type: 'string' } },
  },
};

/** `:id` in a path: a positive whole number, checked before any query (else 400 `invalid_id`). */
export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: '^[1-9][0-9]{0,9}$' } },
};
export interface IdParams {
  id: string;
}
