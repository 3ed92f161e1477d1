import type { FastifySchemaValidationError } from 'fastify/types/schema.js';
import type { Language } from '@direkthilfe/core/i18n/languages';
import { isPlainText, NOT_BLANK_PATTERN, PLAIN_TEXT_FORMAT } from '@direkthilfe/core/api/common';
import { message } from './messages.js';

/**
 * The validator's settings: no coercion (a body's `"1"` is not `1`), all errors at once, nothing removed
 * silently, and the contract's own format for names and addresses.
 */
export const AJV_OPTIONS = {
  customOptions: {
    removeAdditional: false,
    coerceTypes: false,
    allErrors: true,
    formats: { [PLAIN_TEXT_FORMAT]: isPlainText },
  },
} as const;

const refusedCharacters = (error: FastifySchemaValidationError) =>
  error.keyword === 'format' && (error.params as { format?: string }).format === PLAIN_TEXT_FORMAT;

/** The code of a validation error: refused characters have their own, for clients to tell apart. */
export const validationCode = (errors: FastifySchemaValidationError[]) =>
  errors.some(refusedCharacters) ? ('invalid_characters' as const) : ('validation' as const);

const KEYWORD_KEYS: Record<string, string> = {
  required: 'required',
  additionalProperties: 'unknown',
  minLength: 'tooShort',
  maxLength: 'tooLong',
  type: 'type',
};
const FORMAT_KEYS: Record<string, string> = { email: 'email', date: 'date', [PLAIN_TEXT_FORMAT]: 'characters' };

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
        : error.keyword === 'pattern' && params.pattern === NOT_BLANK_PATTERN
          ? 'blank'
          : (KEYWORD_KEYS[error.keyword] ?? 'invalid');
    fields[field] = message(lang, `field.${key}`, { limit: params.limit });
  }
  return fields;
}
