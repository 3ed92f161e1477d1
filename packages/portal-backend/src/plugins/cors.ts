import fp from 'fastify-plugin';
import cors, { type FastifyCorsOptions } from '@fastify/cors';
import type { FastifyRequest } from 'fastify';
import { isWidgetFile } from '../widget-files.js';

const HELP_API = '/api/help/';
/** Browsers keep a preflight's answer this long (Chromium at most 2 hours). */
const PREFLIGHT_SECONDS = 600;

/**
 * CORS for pages of other origins that embed the help (`ALLOWED_ORIGINS`): the widget files and the help
 * API's reads for every listed origin (`*`: any origin; these reads are public and cookie-free), the help
 * API's anonymous writes (feedback) for origins named explicitly. Never with credentials, so no cookie
 * crosses origins. Everything else, the portal API the wizards use among it, stays same-origin.
 */
export default fp(
  async (app) => {
    const listed = app.config.allowedOrigins;
    const named = listed.filter((origin) => origin !== '*');
    const reads = listed.includes('*') ? '*' : named.length ? named : false;
    const writes = named.length ? named : false;

    const optionsFor = (request: FastifyRequest): FastifyCorsOptions => {
      const path = request.url.split('?')[0];
      // A preflight asks for the method that follows it.
      const method = request.method === 'OPTIONS' ? request.headers['access-control-request-method'] : request.method;
      if ((method === 'GET' || method === 'HEAD') && (isWidgetFile(path) || path.startsWith(HELP_API)))
        return {
          origin: reads,
          methods: 'GET, HEAD',
          allowedHeaders: 'accept-language, if-none-match',
          maxAge: PREFLIGHT_SECONDS,
        };
      if (method === 'POST' && path.startsWith(HELP_API))
        return {
          origin: writes,
          methods: 'POST',
          allowedHeaders: 'accept-language, content-type',
          maxAge: PREFLIGHT_SECONDS,
        };
      return { origin: false };
    };
    await app.register(cors, { delegator: (request, callback) => callback(null, optionsFor(request)) });
  },
  { name: 'cors' },
);
