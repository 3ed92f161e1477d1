// "Auf der Portalseite ansehen": the portal page shows the editor's unpublished text in its panel, for that
// editor only, in Chromium against the real server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, showsArticle, useDemoPortalInBrowser, watchedPage } from './helpers/browser.js';
import { studioEditor } from './helpers/portal-server.js';

const portal = useDemoPortalInBrowser();
const ID = 'admin-warenkorb-bestellen';

test('the editor sees the draft in the portal panel with a preview notice; a reader sees the published article', async () => {
  const editor = await studioEditor(portal.server.url);
  const { body: article } = await editor.json('GET', `/api/studio/articles/${ID}/de`);
  const published = /^title: (.*)$/m.exec(article.source)![1];
  const draftTitle = 'Warenkorb bestellen (Entwurf)';
  const saved = await editor.json('PUT', `/api/studio/articles/${ID}/de/autosave`, {
    source: article.source.replace(/^title: .*$/m, `title: ${draftTitle}`),
    baseRevision: article.revision,
  });
  assert.equal(saved.status, 204);
  const url = `${portal.server.url}/admin/?dh-preview=${ID}&dh-lang=de`;

  const page = await watchedPage(portal.browser, portal.server.url, portal.problems);
  await page.setCookie({ name: 'dh_session', value: editor.cookie('dh_session')!, url: portal.server.url });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await showsArticle(page, draftTitle);
  const notice = await page.evaluate(
    () =>
      document
        .querySelector('dh-help-panel')
        ?.shadowRoot?.querySelector('dh-article')
        ?.shadowRoot?.querySelector('.dh-hint')?.textContent,
  );
  assert.match(notice ?? '', /Vorschau: Diese Fassung ist noch nicht veröffentlicht/);
  assert.deepEqual(await axeViolations(page), []);

  const reader = await watchedPage(portal.browser, portal.server.url, portal.problems);
  await reader.goto(url, { waitUntil: 'networkidle0' });
  await reader.evaluate(
    (id) => (window as unknown as { direkthilfe: { showArticle(id: string): void } }).direkthilfe.showArticle(id),
    ID,
  );
  await showsArticle(reader, published);
  // The studio API refused the reader (401): an expected answer, not a problem of the page.
  assert.deepEqual(
    portal.problems.filter((p) => !p.includes('/api/studio/')),
    [],
  );
});
