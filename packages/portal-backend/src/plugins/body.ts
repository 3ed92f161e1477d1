import fp from 'fastify-plugin';
import { ApiError } from '../errors.js';

/** Deeper JSON is refused before parsing; no request body of the API comes near it. */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether a JSON text nests deeper than `limit`, found by counting brackets outside strings: no parse and no
 * recursion, so a 9,000-deep array costs one pass and never a stack overflow later (JSON.stringify).
 */
export function nestsDeeper(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** Every JSON body is checked for its depth (400 `too_deep`) before fastify's own parser takes it. */
export default fp(
  async (app) => {
    const parseJson = app.getDefaultJsonParser('error', 'error');
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
      if (nestsDeeper(body as string, MAX_JSON_DEPTH)) return done(new ApiError(400, 'too_deep'), undefined);
      parseJson(request, body as string, done);
    });
  },
  { name: 'body' },
);
