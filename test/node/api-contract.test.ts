import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify, { type FastifyError } from 'fastify';
import { API, API_ROUTES } from '@direkthilfe/core/api';
import { AJV_OPTIONS, fieldErrors } from '../../packages/portal-backend/src/validation.js';
import { usePortalServer } from './helpers/portal-server.js';

const portal = usePortalServer();

/** The `METHOD /url` of every API route the running app documents, URLs written as fastify writes them. */
function documentedRoutes(): string[] {
  const { paths } = portal.server.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(paths).flatMap(([path, methods]) =>
    Object.keys(methods).map(
      (method) => `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1').replace(/:\*$/, '*')}`,
    ),
  );
}

describe('the API contract', () => {
  test('has a schema for every route the app serves, and every route it describes is served', () => {
    // A route at a plugin's prefix is also served with a trailing slash (fastify's `prefixTrailingSlash`).
    const served = documentedRoutes()
      .filter((route) => route.includes(' /api/') && !route.includes(' /api/docs'))
      .map((route) => route.replace(/(.)\/$/, '$1'));
    assert.ok(served.length > 30, `only ${served.length} routes documented`);
    assert.deepEqual(
      served.filter((route) => !(route in API)),
      [],
      'routes without a contract',
    );
    for (const { method, url } of API_ROUTES) {
      assert.ok(portal.server.app.hasRoute({ method, url }), `${method} ${url} is in the contract but not served`);
    }
  });

  test('every route registers with the backend’s validator, and validation errors become field messages', async () => {
    // The backend's ajv settings: no coercion, all errors, nothing removed, the contract's formats.
    const app = Fastify({ ajv: AJV_OPTIONS });
    app.setErrorHandler((error: FastifyError, _request, reply) =>
      reply.status(400).send({
        code: 'validation',
        message: error.message,
        fields: error.validation ? fieldErrors(error.validation, 'de') : {},
      }),
    );
    for (const { method, url, schema } of API_ROUTES) app.route({ method, url, schema, handler: async () => null });
    try {
      await app.ready();
      const register = await app.inject({
        method: 'POST',
        url: '/api/admin/register',
        payload: { username: 'ab', email: 'kein-mail', password: 'x', extra: true },
      });
      assert.deepEqual(register.json().fields, {
        username: 'Bitte geben Sie mindestens 3 Zeichen ein.',
        email: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
        extra: 'Dieses Feld ist nicht vorgesehen.',
      });
      const item = await app.inject({
        method: 'POST',
        url: '/api/cart/items',
        payload: { name: 'A', email: 'a@b.example', groupId: '1', activationDate: '31.12.2099' },
      });
      assert.deepEqual(item.json().fields, {
        groupId: 'Dieser Wert hat den falschen Typ.',
        activationDate: 'Bitte geben Sie ein Datum im Format JJJJ-MM-TT an.',
      });
      assert.deepEqual((await app.inject({ method: 'POST', url: '/api/cart/items', payload: {} })).json().fields, {
        name: 'Bitte füllen Sie dieses Feld aus.',
        email: 'Bitte füllen Sie dieses Feld aus.',
        groupId: 'Bitte füllen Sie dieses Feld aus.',
      });
      // Ids in the path: positive integers written plainly, at most nine digits.
      for (const id of ['abc', '0', '-1', '01', '1e3', '1234567890']) {
        const answer = await app.inject({ method: 'PATCH', url: `/api/admin/groups/${id}`, payload: {} });
        assert.equal(answer.statusCode, 400, id);
      }
      const valid = await app.inject({
        method: 'PATCH',
        url: '/api/admin/groups/999999999',
        payload: { name: 'Lager', revision: 1 },
      });
      assert.equal(valid.statusCode, 200);
    } finally {
      await app.close();
    }
  });
});
