import fp from 'fastify-plugin';
import type { FastifyError } from 'fastify';
import { ApiError } from '../errors.js';
import { message, type ErrorCode } from '../messages.js';
import { fieldErrors, validationCode } from '../validation.js';

/** Framework errors with a stable code of ours. */
const BY_FASTIFY_CODE: Record<string, [number, ErrorCode]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body_too_large'],
  FST_CSRF_INVALID_TOKEN: [403, 'csrf'],
  FST_CSRF_MISSING_SECRET: [403, 'csrf'],
};

/**
 * One error shape for every answer: `{ code, message, fields? }` with a stable code and a German or English
 * message; a known address with the wrong method is 405 with `Allow`, an unknown one 404.
 */
export default fp(
  async (app) => {
    // A route per method, so that a known address with the wrong method answers 405, not 404.
    const knownRoutes: { method: string; pattern: RegExp }[] = [];
    app.addHook('onRoute', (route) => {
      const pattern = new RegExp(
        `^${route.url
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/:[^/]+/g, '[^/]+')
          .replace(/\*/g, '.*')}$`,
      );
      for (const method of [route.method].flat()) knownRoutes.push({ method, pattern });
    });

    app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
      const lang = request.lang;
      if (error instanceof ApiError) {
        const text = message(lang, error.code, error.params);
        const extra = { ...error.extra };
        // A field named without its own text gets the error's message.
        if (extra.fields) {
          extra.fields = Object.fromEntries(
            Object.entries(extra.fields as Record<string, string>).map(([field, value]) => [field, value || text]),
          );
        }
        if ((error.status === 429 || error.status === 503) && typeof extra.retryAfter === 'number')
          reply.header('retry-after', extra.retryAfter);
        return reply.status(error.status).send({ code: error.code, message: text, ...extra });
      }
      if (error.validation) {
        if (error.validationContext === 'params') {
          return reply.status(400).send({ code: 'invalid_id', message: message(lang, 'invalid_id') });
        }
        const code = validationCode(error.validation);
        return reply.status(400).send({
          code,
          message: message(lang, code),
          fields: fieldErrors(error.validation, lang),
        });
      }
      const known = BY_FASTIFY_CODE[error.code] ?? (error.statusCode === 429 ? [429, 'rate_limited'] : undefined);
      if (known) {
        const seconds = Number(reply.getHeader('retry-after') ?? 60);
        return reply.status(known[0]).send({ code: known[1], message: message(lang, known[1], { seconds }) });
      }
      if (error.statusCode && error.statusCode < 500) {
        return reply.status(error.statusCode).send({ code: 'validation', message: message(lang, 'validation') });
      }
      request.log.error({ err: error }, 'unhandled error');
      return reply.status(500).send({ code: 'internal', message: message(lang, 'internal') });
    });

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0];
      const allowed = [...new Set(knownRoutes.filter((r) => r.pattern.test(path)).map((r) => r.method))];
      if (allowed.length && !allowed.includes(request.method)) {
        return reply
          .status(405)
          .header('allow', allowed.join(', '))
          .send({ code: 'method_not_allowed', message: message(request.lang, 'method_not_allowed') });
      }
      return reply.status(404).send({ code: 'not_found', message: message(request.lang, 'not_found') });
    });
  },
  { name: 'errors', dependencies: ['session'] },
);
