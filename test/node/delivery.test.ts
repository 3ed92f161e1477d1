import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { configFromEnv } from '@direkthilfe/portal-backend';
import { startPortalServer, TestPortalClient, type TestServer } from './helpers/portal-server.js';
import { SEARCH_INDEX_VERSION } from '@direkthilfe/core/search/search-index';

// How the real server delivers the widgets and the help API to pages of other origins: CORS, CORP,
// compression (built or on the fly) and caching, byte for byte as a browser receives them.

const EMBEDDER = 'http://intranet.example:8443';
const STRANGER = 'https://evil.invalid';
const WIDGETS = 'packages/widgets/dist';
const chunk = readdirSync(`${WIDGETS}/direkthilfe`).find((file) => /^dh-help-panel-.+\.js$/.test(file))!;

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request as sent, the body as received (still encoded): Node's fetch would decode it. */
function raw(base: string, path: string, { method = 'GET', headers = {} as Record<string, string>, body = '' } = {}) {
  return new Promise<Raw>((resolve, reject) => {
    const request = httpRequest(`${base}${path}`, { method, headers }, (response) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(parts) }),
      );
    });
    request.on('error', reject);
    request.end(body);
  });
}

const decoded = ({ headers, body }: Raw) =>
  headers['content-encoding'] === 'br'
    ? brotliDecompressSync(body)
    : headers['content-encoding'] === 'gzip'
      ? gunzipSync(body)
      : body;

const feedback = JSON.stringify({ articleId: 'kontakt', helpful: true, lang: 'de' });
const postFeedback = (base: string, origin: string, extra: Record<string, string> = {}) =>
  raw(base, '/api/help/feedback', {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json', 'sec-fetch-site': 'cross-site', ...extra },
    body: feedback,
  });

describe('with ALLOWED_ORIGINS naming an embedding origin', () => {
  let server: TestServer;
  before(async () => {
    server = await startPortalServer({ allowedOrigins: [EMBEDDER] });
  });
  after(async () => {
    await server.stop();
    await server.remove();
  });

  test('direkthilfe.js: Brotli as built, CORS for the embedder, CORP cross-origin, revalidated by ETag', async () => {
    const answer = await raw(server.url, '/direkthilfe.js', {
      headers: { origin: EMBEDDER, 'accept-encoding': 'gzip, deflate, br' },
    });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-encoding'], 'br');
    assert.deepEqual(answer.body, readFileSync(`${WIDGETS}/direkthilfe.js.br`));
    assert.deepEqual(decoded(answer), readFileSync(`${WIDGETS}/direkthilfe.js`));
    assert.match(answer.headers['content-type']!, /^(?:text|application)\/javascript/);
    assert.equal(answer.headers['access-control-allow-origin'], EMBEDDER);
    assert.equal(answer.headers['access-control-allow-credentials'], undefined);
    assert.equal(answer.headers['cross-origin-resource-policy'], 'cross-origin');
    assert.equal(answer.headers['cache-control'], 'no-cache');
    assert.match(answer.headers.vary!, /accept-encoding/i);
    assert.match(answer.headers.vary!, /origin/i);
    const again = await raw(server.url, '/direkthilfe.js', {
      headers: { origin: EMBEDDER, 'accept-encoding': 'br', 'if-none-match': answer.headers.etag! },
    });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
  });

  test('hashed chunks: cached for a year as immutable; gzip as built, or the file itself', async () => {
    const gzip = await raw(server.url, `/direkthilfe/${chunk}`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.deepEqual(gzip.body, readFileSync(`${WIDGETS}/direkthilfe/${chunk}.gz`));
    assert.equal(gzip.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(gzip.headers['cross-origin-resource-policy'], 'cross-origin');
    const plain = await raw(server.url, `/direkthilfe/${chunk}`);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(plain.body, readFileSync(`${WIDGETS}/direkthilfe/${chunk}`));
  });

  test('help reads: CORS for the embedder only, compressed, an ETag, 304 when unchanged', async () => {
    const path = '/api/help/articles/admin-warenkorb-bestellen?lang=de';
    const answer = await raw(server.url, path, { headers: { origin: EMBEDDER, 'accept-encoding': 'br' } });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-encoding'], 'br');
    assert.equal(JSON.parse(decoded(answer).toString()).id, 'admin-warenkorb-bestellen');
    assert.equal(answer.headers['access-control-allow-origin'], EMBEDDER);
    assert.equal(answer.headers['access-control-allow-credentials'], undefined);
    assert.equal(answer.headers['cache-control'], 'no-cache');
    assert.ok(answer.headers.etag);
    const again = await raw(server.url, path, {
      headers: { origin: EMBEDDER, 'accept-encoding': 'br', 'if-none-match': answer.headers.etag! },
    });
    assert.deepEqual([again.status, again.body.length], [304, 0]);
    assert.equal(again.headers['access-control-allow-origin'], EMBEDDER);

    const gzip = await raw(server.url, '/api/help/index?lang=de&role=admin', {
      headers: { 'accept-encoding': 'gzip' },
    });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(JSON.parse(decoded(gzip).toString()).version, SEARCH_INDEX_VERSION);

    const stranger = await raw(server.url, path, { headers: { origin: STRANGER } });
    assert.equal(stranger.status, 200);
    assert.equal(stranger.headers['access-control-allow-origin'], undefined);
  });

  test('an error answer carries CORS too, so the embedder can read its code', async () => {
    const answer = await raw(server.url, '/api/help/context/admin/gibt-es-nicht', { headers: { origin: EMBEDDER } });
    assert.equal(answer.status, 404);
    assert.equal(answer.headers['access-control-allow-origin'], EMBEDDER);
    assert.equal(JSON.parse(answer.body.toString()).code, 'unknown_page');
  });

  test('preflight of feedback: POST with JSON for the embedder; nothing for others', async () => {
    const preflight = (origin: string) =>
      raw(server.url, '/api/help/feedback', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const allowed = await preflight(EMBEDDER);
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers['access-control-allow-origin'], EMBEDDER);
    assert.equal(allowed.headers['access-control-allow-methods'], 'POST');
    assert.match(allowed.headers['access-control-allow-headers']!, /content-type/);
    assert.equal(allowed.headers['access-control-allow-credentials'], undefined);
    assert.equal(allowed.headers['access-control-max-age'], '600');
    const refused = await preflight(STRANGER);
    assert.equal(refused.headers['access-control-allow-origin'], undefined);
  });

  test('feedback from the embedder without cookies or CSRF token; from anyone else a stable code', async () => {
    const accepted = await postFeedback(server.url, EMBEDDER);
    assert.equal(accepted.status, 204);
    assert.equal(accepted.headers['access-control-allow-origin'], EMBEDDER);
    const refused = await postFeedback(server.url, STRANGER);
    assert.equal(refused.status, 403);
    assert.equal(JSON.parse(refused.body.toString()).code, 'origin_not_allowed');
    const noOrigin = await raw(server.url, '/api/help/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: feedback,
    });
    assert.equal(JSON.parse(noOrigin.body.toString()).code, 'origin_not_allowed');
    // The portal's own pages send it without a token as well.
    assert.equal((await postFeedback(server.url, server.url, { 'sec-fetch-site': 'same-origin' })).status, 204);
  });

  test('the portal API stays same-origin: no CORS, CSRF as before', async () => {
    const me = await raw(server.url, '/api/me', { headers: { origin: EMBEDDER } });
    assert.equal(me.headers['access-control-allow-origin'], undefined);
    const embedder = new TestPortalClient(server.url, { origin: EMBEDDER });
    const login = await embedder.json('POST', '/api/auth/login', { username: 'x', password: 'y' });
    assert.deepEqual([login.status, login.body.code], [403, 'csrf']);
    const preflight = await raw(server.url, '/api/auth/login', {
      method: 'OPTIONS',
      headers: { origin: EMBEDDER, 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.headers['access-control-allow-origin'], undefined);
  });

  test('demo pages and their hashed scripts: compressed on the fly, cached by their names', async () => {
    const page = await raw(server.url, '/admin/', { headers: { 'accept-encoding': 'br' } });
    assert.equal(page.headers['content-encoding'], 'br');
    assert.match(decoded(page).toString(), /<html/);
    const script = decoded(page)
      .toString()
      .match(/src="(\/demo\/assets\/[^"]+\.js)"/)![1];
    const layout = await raw(server.url, script, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(layout.headers['content-encoding'], 'gzip');
    assert.equal(layout.headers['cache-control'], 'no-cache');
    const chunkPath = decoded(layout)
      .toString()
      .match(/"\.\/(chunks\/[^"]+\.js)"/)![1];
    const shared = await raw(server.url, `/demo/assets/${chunkPath}`);
    assert.equal(shared.headers['cache-control'], 'public, max-age=31536000, immutable');
  });

  test('too much feedback from one address: 429 with the stable code, CORS still on it', async () => {
    let last: Raw | undefined;
    for (let i = 0; i < 40 && last?.status !== 429; i++) last = await postFeedback(server.url, EMBEDDER);
    assert.equal(last!.status, 429);
    assert.equal(JSON.parse(last!.body.toString()).code, 'rate_limited');
    assert.equal(last!.headers['access-control-allow-origin'], EMBEDDER);
  });
});

describe('with ALLOWED_ORIGINS=*', () => {
  let server: TestServer;
  before(async () => {
    server = await startPortalServer({ allowedOrigins: ['*'] });
  });
  after(async () => {
    await server.stop();
    await server.remove();
  });

  test('any origin reads the widgets and the help; writes still need an origin by name', async () => {
    const script = await raw(server.url, '/direkthilfe.js', { headers: { origin: STRANGER } });
    assert.equal(script.headers['access-control-allow-origin'], '*');
    const help = await raw(server.url, '/api/help/articles?lang=de', { headers: { origin: STRANGER } });
    assert.equal(help.headers['access-control-allow-origin'], '*');
    const write = await postFeedback(server.url, STRANGER);
    assert.equal(write.status, 403);
    assert.equal(JSON.parse(write.body.toString()).code, 'origin_not_allowed');
  });
});

describe('without ALLOWED_ORIGINS', () => {
  let server: TestServer;
  before(async () => {
    server = await startPortalServer();
  });
  after(async () => {
    await server.stop();
    await server.remove();
  });

  test('no CORS at all: the portal and its help serve their own pages only', async () => {
    const script = await raw(server.url, '/direkthilfe.js', { headers: { origin: EMBEDDER } });
    assert.equal(script.headers['access-control-allow-origin'], undefined);
    const help = await raw(server.url, '/api/help/articles?lang=de', { headers: { origin: EMBEDDER } });
    assert.equal(help.headers['access-control-allow-origin'], undefined);
    assert.equal((await postFeedback(server.url, EMBEDDER)).status, 403);
  });
});

test('ALLOWED_ORIGINS: origins separated by commas, or *; anything else stops the start with one line', () => {
  assert.deepEqual(
    configFromEnv({ ALLOWED_ORIGINS: 'https://intranet.example, http://localhost:5173' }).allowedOrigins,
    ['https://intranet.example', 'http://localhost:5173'],
  );
  assert.deepEqual(configFromEnv({ ALLOWED_ORIGINS: '*' }).allowedOrigins, ['*']);
  assert.deepEqual(configFromEnv({}).allowedOrigins, []);
  assert.throws(
    () => configFromEnv({ ALLOWED_ORIGINS: 'https://intranet.example/hilfe' }),
    (error: Error) =>
      error.name === 'ConfigError' &&
      /^ALLOWED_ORIGINS ist ungültig: .+ \/ ALLOWED_ORIGINS is invalid: .+$/.test(error.message),
  );
});
