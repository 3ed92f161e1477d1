// The studio API against a real server (SQLite here; the postgres suite runs it again on PostgreSQL):
// invitation, revisions and conflicts, checks with suggestions, publish to the help, roles, images.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import {
  TestPortalClient,
  invitationToken,
  studioEditor,
  unlockedAdmin,
  usePortalServer,
} from './helpers/portal-server.js';
import { editorClient } from './helpers/editor.js';

const context = usePortalServer();
let seededEditor: Promise<TestPortalClient> | undefined;
const editor = () => (seededEditor ??= studioEditor(context.server.url));

/** A one-pixel PNG, made here: signature, IHDR, IDAT, IEND with their checksums. */
function png(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (data: Buffer) => {
    let c = 0xffffffff;
    for (const byte of data) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const withTitle = (source: string, title: string) => source.replace(/^title: .*$/m, `title: ${title}`);

test('the invitation sets a first password under the policy, once', async () => {
  const token = await invitationToken(context.server.url);
  const weak = await new TestPortalClient(context.server.url).json('POST', '/api/studio/invitation', {
    token,
    newPassword: 'kurz',
  });
  assert.equal(weak.status, 422);
  assert.equal(weak.body.code, 'password_policy');
  // Two uses of the link at once: exactly one sets the password.
  const attempts = await Promise.all(
    [1, 2].map(() =>
      new TestPortalClient(context.server.url).json('POST', '/api/studio/invitation', {
        token,
        newPassword: 'Nordsee.Welle-73',
      }),
    ),
  );
  assert.deepEqual(attempts.map((a) => a.status).sort(), [200, 404]);
  const accepted = attempts.find((a) => a.status === 200)!;
  assert.equal(accepted.body.role, 'editor');
  const again = await new TestPortalClient(context.server.url).json('POST', '/api/studio/invitation', {
    token,
    newPassword: 'Nordsee.Welle-73',
  });
  assert.equal(again.body.code, 'invitation_not_found');
});

test('the studio is for editors only', async () => {
  const anonymous = await new TestPortalClient(context.server.url).json('GET', '/api/studio/articles');
  assert.equal(anonymous.status, 401);
  const admin = await unlockedAdmin(context.server.url, 'studio-admin');
  const asAdmin = await admin.json('GET', '/api/studio/articles');
  assert.equal(asAdmin.status, 403);
  const publish = await admin.json('POST', '/api/studio/articles/kontakt/de/workflow', {
    action: 'publish',
    revision: 1,
  });
  assert.equal(publish.status, 403);
});

test('publishing needs the right: an editor without it can hand in for review only', async () => {
  const reviewer = await editorClient(context.server, 'lektorat', { canPublish: false });
  const article = await reviewer.json('GET', '/api/studio/articles/kontakt/de');
  assert.equal(article.status, 200);
  const publish = await reviewer.json('POST', '/api/studio/articles/kontakt/de/workflow', {
    action: 'publish',
    revision: article.body.revision,
  });
  assert.equal(publish.status, 403);
  assert.equal(publish.body.code, 'publish_right_required');
  const submit = await reviewer.json('POST', '/api/studio/articles/kontakt/de/workflow', {
    action: 'submit',
    revision: article.body.revision,
  });
  assert.equal(submit.status, 200);
  assert.equal(submit.body.status, 'review');
  const withdraw = await reviewer.json('POST', '/api/studio/articles/kontakt/de/workflow', {
    action: 'withdraw',
    revision: article.body.revision,
  });
  assert.equal(withdraw.body.status, 'published');
});

test('the list shows every article with both languages, workflow and author', async () => {
  const client = await editor();
  const { status, body } = await client.json('GET', '/api/studio/articles');
  assert.equal(status, 200);
  const contact = body.articles.find((a) => a.id === 'direkthilfe-nutzen');
  assert.ok(contact, 'direkthilfe-nutzen is listed');
  assert.match(contact.title, /\S/);
  assert.equal(contact.languages.de?.status, 'published');
  assert.equal(contact.languages.de?.updatedBy, 'import');
  assert.equal(contact.languages.en?.outdated, false);
});

test('a check finds a mistyped menu path at its line, with a suggestion; the body is checked despite a header error', async () => {
  const client = await editor();
  const { body: article } = await client.json('GET', '/api/studio/articles/admin-warenkorb-bestellen/de');
  const lines = article.source.split('\n');
  const bodyStart = lines.indexOf('---', 1) + 1;
  const broken = [
    ...lines.slice(0, bodyStart).map((line) => (line.startsWith('summary:') ? 'summary: ""' : line)),
    '',
    'Öffnen Sie `Mein Unternehmen → Arbeitsplätze verwalen`.',
    ...lines.slice(bodyStart),
  ].join('\n');
  const { status, body } = await client.json('POST', '/api/studio/render', {
    id: 'admin-warenkorb-bestellen',
    lang: 'de',
    source: broken,
  });
  assert.equal(status, 200);
  const menu = body.problems.find((p) => p.message.includes('Menüpfad'));
  assert.ok(menu, JSON.stringify(body.problems));
  assert.equal(menu.line, bodyStart + 2);
  assert.equal(menu.suggestion, 'Mein Unternehmen → Arbeitsplätze verwalten');
  const summary = body.problems.find((p) => p.field === 'summary');
  assert.ok(summary, 'the header error is reported at its field');
  assert.equal(body.article, null);
});

test('saves make revisions; a save on a stale revision is refused with the current one, nothing lost', async () => {
  const client = await editor();
  const { body: start } = await client.json('GET', '/api/studio/articles/ansicht-wechseln/de');
  const first = await client.json('PUT', '/api/studio/articles/ansicht-wechseln/de', {
    source: withTitle(start.source, 'Ansicht wechseln (erste Änderung)'),
    baseRevision: start.revision,
    message: 'Titel präzisiert',
  });
  assert.equal(first.status, 200);
  assert.equal(first.body.revision, start.revision + 1);
  assert.equal(first.body.status, 'draft');
  assert.equal(first.body.publishedRevision, start.revision);
  const stale = await client.json('PUT', '/api/studio/articles/ansicht-wechseln/de', {
    source: withTitle(start.source, 'Ansicht wechseln (zweite Änderung)'),
    baseRevision: start.revision,
  });
  assert.equal(stale.status, 409);
  assert.equal(stale.body.code, 'revision_conflict');
  assert.equal(stale.body.currentRevision, start.revision + 1);
  const { body: revisions } = await client.route(
    'GET /api/studio/articles/:id/:lang/revisions',
    '/api/studio/articles/ansicht-wechseln/de/revisions',
  );
  assert.deepEqual(
    revisions.revisions.map((r) => [r.number, r.message, r.published]),
    [
      [start.revision + 1, 'Titel präzisiert', false],
      [start.revision, 'Erster Import aus content/', true],
    ],
  );
  const restored = await client.json('POST', '/api/studio/articles/ansicht-wechseln/de/restore', {
    number: start.revision,
    baseRevision: start.revision + 1,
  });
  assert.equal(restored.status, 200);
  assert.equal(restored.body.revision, start.revision + 2);
  assert.equal(restored.body.source, start.source);
});

test('concurrent saves on one revision: exactly one wins', async () => {
  const client = await editor();
  const { body: start } = await client.json('GET', '/api/studio/articles/passwortregeln/de');
  const saves = await Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      client.json('PUT', '/api/studio/articles/passwortregeln/de', {
        source: withTitle(start.source, `Passwortregeln ${i}`),
        baseRevision: start.revision,
      }),
    ),
  );
  const statuses = saves.map((s) => s.status).join(', ');
  assert.equal(saves.filter((s) => s.status === 200).length, 1, statuses);
  assert.equal(saves.filter((s) => s.status === 409).length, 7, statuses);
  // Each loser's answer names the winner's revision, which has its text.
  for (const lost of saves.filter((s) => s.status === 409)) assert.equal(lost.body.currentRevision, start.revision + 1);
});

test('autosave keeps unsaved text for its editor until the next save', async () => {
  const client = await editor();
  const { body: start } = await client.json('GET', '/api/studio/articles/kontakt/en');
  const text = `${start.source}\nUnsaved line.\n`;
  const saved = await client.json('PUT', '/api/studio/articles/kontakt/en/autosave', {
    source: text,
    baseRevision: start.revision,
  });
  assert.equal(saved.status, 204);
  const { body: reopened } = await client.json('GET', '/api/studio/articles/kontakt/en');
  assert.equal(reopened.autosave?.source, text);
  assert.equal(reopened.autosave?.baseRevision, start.revision);
});

test('publishing updates the help at once; a new article with a new keyword is found', async () => {
  const client = await editor();
  const reader = new TestPortalClient(context.server.url);
  const { body: start } = await client.json('GET', '/api/studio/articles/kontakt/de');
  const saved = await client.json('PUT', '/api/studio/articles/kontakt/de', {
    source: withTitle(start.source, 'Kontakt zum Kundenservice'),
    baseRevision: start.revision,
  });
  const before = await reader.json('GET', '/api/help/articles/kontakt?lang=de');
  assert.notEqual(before.body.title, 'Kontakt zum Kundenservice', 'a draft is never served');
  const published = await client.json('POST', '/api/studio/articles/kontakt/de/workflow', {
    action: 'publish',
    revision: saved.body.revision,
  });
  assert.equal(published.status, 200);
  assert.equal(published.body.status, 'published');
  const after = await reader.json('GET', '/api/help/articles/kontakt?lang=de');
  assert.equal(after.body.title, 'Kontakt zum Kundenservice');

  const source = [
    '---',
    'id: faxgeraet-anschliessen',
    'title: Faxgerät anschließen',
    'summary: So schließen Sie ein Faxgerät an Ihre Cloud PBX an.',
    'roles: [admin]',
    'keywords: [Faxgerät, Telefax, Quokkafax]',
    'updated: 2026-12-02',
    '---',
    '',
    '## Vorbereitung',
    '',
    'Ein Faxgerät braucht einen Adapter. Lesen Sie auch [Kontakt](article:kontakt).',
    '',
  ].join('\n');
  const created = await client.json('PUT', '/api/studio/articles/faxgeraet-anschliessen/de', {
    source,
    baseRevision: 0,
  });
  assert.equal(created.status, 200);
  const again = await client.json('PUT', '/api/studio/articles/faxgeraet-anschliessen/de', { source, baseRevision: 0 });
  assert.equal(again.body.code, 'article_exists');
  const missing = await reader.json('GET', '/api/help/search?q=Quokkafax&lang=de');
  assert.equal(missing.body.results.length, 0);
  await client.json('POST', '/api/studio/articles/faxgeraet-anschliessen/de/workflow', {
    action: 'publish',
    revision: created.body.revision,
  });
  const found = await reader.json('GET', '/api/help/search?q=Quokkafax&lang=de');
  assert.deepEqual(
    found.body.results.map((r) => r.id),
    ['faxgeraet-anschliessen'],
  );
});

test('unpublishing an article other articles link to is refused with the problems', async () => {
  const client = await editor();
  const { body: target } = await client.json('GET', '/api/studio/articles/passwortregeln/de');
  const refused = await client.json('POST', '/api/studio/articles/passwortregeln/de/workflow', {
    action: 'unpublish',
    revision: target.revision,
  });
  assert.equal(refused.status, 422);
  assert.equal(refused.body.code, 'content_problems');
  assert.ok(refused.body.problems?.some((p) => p.message.includes('passwortregeln')));
  const reader = new TestPortalClient(context.server.url);
  assert.equal((await reader.json('GET', '/api/help/articles/passwortregeln?lang=de')).status, 200);
});

test('a publish date in the future schedules; one in the past is refused', async () => {
  const client = await editor();
  const { body: start } = await client.json('GET', '/api/studio/articles/kontakt/en');
  const past = await client.json('POST', '/api/studio/articles/kontakt/en/workflow', {
    action: 'schedule',
    revision: start.revision,
    publishAt: new Date(Date.now() - 60_000).toISOString(),
  });
  assert.equal(past.status, 422);
  const at = new Date(Date.now() + 86_400_000).toISOString();
  const future = await client.json('POST', '/api/studio/articles/kontakt/en/workflow', {
    action: 'schedule',
    revision: start.revision,
    publishAt: at,
  });
  assert.equal(future.status, 200);
  assert.equal(future.body.status, 'scheduled');
  assert.equal(future.body.publishAt, at);
});

test('images: PNG is stored and served with its type; SVG and other bytes are refused', async () => {
  const client = await editor();
  const upload = await client.request('POST', '/api/studio/images', png(), { 'content-type': 'image/png' });
  assert.equal(upload.status, 201);
  const image = (await upload.json()) as { url: string; width: number; height: number };
  assert.match(image.url, /^\/hilfe\/bilder\/[0-9a-f]{32}\.png$/);
  assert.deepEqual([image.width, image.height], [1, 1]);
  const served = await fetch(context.server.url + image.url);
  assert.equal(served.status, 200);
  assert.equal(served.headers.get('content-type'), 'image/png');
  assert.equal(served.headers.get('x-content-type-options'), 'nosniff');
  assert.deepEqual(Buffer.from(await served.arrayBuffer()), png());
  const svg = await client.request(
    'POST',
    '/api/studio/images',
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    { 'content-type': 'image/svg+xml' },
  );
  assert.equal(svg.status, 415);
  // A PNG's name with other bytes: decided by the content, not by the header.
  const fake = await client.request('POST', '/api/studio/images', 'not an image at all', {
    'content-type': 'image/png',
  });
  assert.equal(fake.status, 415);
});

test('a scheduled version goes live at its time, by the background work of the server', async () => {
  const client = await editor();
  const reader = new TestPortalClient(context.server.url);
  const { body: start } = await client.json('GET', '/api/studio/articles/doppelanmeldung-vermeiden/de');
  const saved = await client.json('PUT', '/api/studio/articles/doppelanmeldung-vermeiden/de', {
    source: withTitle(start.source, 'Doppelte Anmeldung vermeiden (geplant)'),
    baseRevision: start.revision,
  });
  const scheduled = await client.json('POST', '/api/studio/articles/doppelanmeldung-vermeiden/de/workflow', {
    action: 'schedule',
    revision: saved.body.revision,
    publishAt: new Date(Date.now() + 1_000).toISOString(),
  });
  assert.equal(scheduled.body.status, 'scheduled');
  const deadline = Date.now() + 60_000;
  let title = '';
  while (title !== 'Doppelte Anmeldung vermeiden (geplant)' && Date.now() < deadline) {
    title = (await reader.json('GET', '/api/help/articles/doppelanmeldung-vermeiden?lang=de')).body.title;
    if (title !== 'Doppelte Anmeldung vermeiden (geplant)') await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.equal(title, 'Doppelte Anmeldung vermeiden (geplant)');
  const { body: after } = await client.json('GET', '/api/studio/articles/doppelanmeldung-vermeiden/de');
  assert.equal(after.status, 'published');
  assert.equal(after.updatedBy, 'Zeitplan');
});
