import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PAGES } from '../../packages/portal-backend/src/routes/portal.js';

// The demo portal as the build leaves it: each page composed into the one layout, ready for the strict CSP.

const dist = 'packages/demo-portal/dist';
const pageFiles = readdirSync(join(dist, 'pages'), { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.html'));
const read = (file: string) => readFileSync(join(dist, 'pages', file), 'utf8');

describe('built demo pages', () => {
  test('every route of the backend has its built page, and every built page a route', () => {
    const routed = new Set(Object.values(DEMO_PAGES));
    assert.deepEqual(
      [...routed].filter((file) => !pageFiles.includes(file)),
      [],
    );
    assert.deepEqual(
      pageFiles.filter((file) => !routed.has(file)),
      [],
    );
  });

  test('each page is whole: no slot or include left, one heading, its page key and title', () => {
    for (const file of pageFiles) {
      const html = read(file);
      assert.doesNotMatch(html, /\{\{|<!--#include/, file);
      assert.equal(html.match(/<h1[\s>]/g)?.length, 1, file);
      assert.match(html, /<html[^>]*\sdata-dh-page="[a-z]+\/[a-z-]+"/, file);
      assert.match(html, /<title>[^<]+ – [^<]+<\/title>/, file);
    }
  });

  test('the layout gives each portal its own header and roles', () => {
    const admin = read('admin/gruppen.html');
    assert.match(admin, /data-dh-roles="admin user"/);
    assert.match(admin, /<title>Gruppen \/ Standorte verwalten – Cloud PBX Administrations-Portal<\/title>/);
    assert.match(admin, /<h1 id="page-heading" tabindex="-1">Gruppen \/ Standorte verwalten<\/h1>/);
    assert.match(admin, /href="\/admin\/auftraege"/);
    const user = read('myportal/endgeraete.html');
    assert.match(user, /data-dh-roles="user"/);
    assert.match(user, /<span class="brand__portal">MyPortal<\/span>/);
    assert.doesNotMatch(user, /href="\/admin\/auftraege"/);
  });

  test('nothing inline for the strict CSP, and every script and style sheet it loads was built', () => {
    for (const file of pageFiles) {
      const html = read(file);
      assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i, file);
      for (const script of html.match(/<script\b[^>]*>/g) ?? []) assert.match(script, /\ssrc="/, `${file}: ${script}`);
      for (const [, asset] of html.matchAll(/(?:src|href)="\/demo\/assets\/([^"]+)"/g))
        assert.ok(existsSync(join(dist, 'assets', asset)), `${file}: /demo/assets/${asset} was not built`);
    }
  });
});
