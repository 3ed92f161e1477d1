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
