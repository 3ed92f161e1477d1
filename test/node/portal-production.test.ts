// Production start: no plain-http address and no start without SMTP unless the operator says so, and the
// API reader only on request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { configFromEnv, ConfigError } from '@direkthilfe/portal-backend';
import { startPortalServer, TestPortalClient } from './helpers/portal-server.js';

const run = promisify(execFile);

test('production refuses an http: address and a missing SMTP_URL, with one clear line each', () => {
  const refused = (env: NodeJS.ProcessEnv) => {
    try {
      configFromEnv({ NODE_ENV: 'production', ...env });
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      return error;
    }
    assert.fail('the configuration was accepted');
  };
  const both = refused({ PUBLIC_URL: 'http://portal.example.de' });
  assert.deepEqual(both.variables, ['PUBLIC_URL', 'SMTP_URL']);
  assert.match(both.message, /^PUBLIC_URL muss im Betrieb \(NODE_ENV=production\) mit https:\/\/ beginnen/m);
  assert.match(both.message, /^SMTP_URL fehlt: Im Betrieb/m);
  assert.deepEqual(refused({ SMTP_URL: 'smtp://mail.example.de:587' }).variables, ['PUBLIC_URL']);
  assert.deepEqual(refused({ PUBLIC_URL: 'https://portal.example.de' }).variables, ['SMTP_URL']);

  const https = configFromEnv({
    NODE_ENV: 'production',
    PUBLIC_URL: 'https://portal.example.de',
    SMTP_URL: 'smtp://mail.example.de:587',
  });
  assert.deepEqual([https.mode, https.secureCookies, https.apiDocs], ['production', true, false]);
  const insecure = configFromEnv({
    NODE_ENV: 'production',
    PUBLIC_URL: 'http://intern.example.de',
    SMTP_URL: 'smtp://mail.example.de:587',
    ALLOW_INSECURE_HTTP: '1',
    API_DOCS: '1',
  });
  assert.deepEqual([insecure.secureCookies, insecure.apiDocs], [false, true]);
  assert.equal(configFromEnv({}).apiDocs, true, 'the demo lost its API reader');
});

test('the server process does not start in production with an http: address: it says why and exits', async () => {
  const outcome = await run('node', ['--import', 'tsx', '--conditions=source', 'packages/portal-backend/src/main.ts'], {
    env: { ...process.env, NODE_ENV: 'production', PUBLIC_URL: 'http://portal.example.de', PORT: '0' },
  }).then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => error,
  );
  assert.equal(outcome.code, 1);
  assert.match(outcome.stderr, /PUBLIC_URL muss im Betrieb/);
  assert.match(outcome.stderr, /SMTP_URL is missing/);
});

test('/api/docs is served in the demo, and in production only with API_DOCS=1', async () => {
  for (const [overrides, status] of [
    [{ mode: 'production', apiDocs: false }, 404],
    [{ mode: 'production', apiDocs: true }, 200],
    [{}, 200],
  ] as const) {
    const server = await startPortalServer(overrides);
    try {
      const docs = await new TestPortalClient(server.url).request('GET', '/api/docs/');
      assert.equal(docs.status, status, JSON.stringify(overrides));
    } finally {
      await server.stop();
      await server.remove();
    }
  }
});
