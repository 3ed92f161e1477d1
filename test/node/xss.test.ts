import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { JSDOM } from 'jsdom';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { checkLimits, createArticleRenderer, createNodeSanitizer, loadSources } from '@direkthilfe/content';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { startPortalServer, studioEditor, TestPortalClient, type TestServer } from './helpers/portal-server.js';

// Every payload goes through the publishing pipeline (marked with the extras, then DOMPurify on jsdom)
// and is then rendered in Chromium inside <dh-article>, which sanitises again. The page has no CSP on
// purpose: the sanitiser alone must stop every payload.
//
// The browser sanitises in one of two ways, and the corpus runs through both: with the HTML Sanitizer API
// (`setHTML`, which this Chromium has), and with the DOMPurify fallback on a page where that API is removed
// before any script runs. Each gets the published HTML and, as from a compromised server, the unsanitised
// HTML too.

interface Payload {
  class: string;
  name: string;
  markdown: string;
}

const { payloads } = JSON.parse(readFileSync('test/xss-payloads.json', 'utf8')) as { payloads: Payload[] };
const sanitizer = createNodeSanitizer();
const pages = loadSources('content').pages;
const render = createArticleRenderer(pages, 'de', sanitizer);
/** The pipeline without its sanitiser: what a compromised server could send. */
const renderRaw = createArticleRenderer(pages, 'de', { ...sanitizer, sanitize: (html) => html });

const paths = ['native', 'fallback'] as const;
type SanitizerPath = (typeof paths)[number];
const pathName = (path: SanitizerPath) => (path === 'native' ? 'HTML Sanitizer API' : 'DOMPurify fallback');

let server: Server;
let origin: string;
let browser: Browser;
const browserPages = {} as Record<SanitizerPath, Page>;
const foreignRequests: string[] = [];
const ownRequests: Record<SanitizerPath, string[]> = { native: [], fallback: [] };

/** Rendered by the pipeline (and without its sanitiser), or refused by the limits before parsing. */
const rendered = payloads.map((payload) => {
  const refused = checkLimits(payload.markdown);
  return {
    payload,
    refused,
    html: refused.length ? '' : render(payload.markdown).html,
    raw: refused.length ? '' : renderRaw(payload.markdown).html,
  };
});

before(async () => {
  assert.ok(existsSync('packages/widgets/dist/direkthilfe.js'), 'the bundle is missing: run npm run build first');
  ({ server, url: origin } = await startStaticServer({
    mounts: [
      { prefix: '/', dir: 'test/fixtures/article-page' },
      { prefix: '/', dir: 'packages/widgets/dist' },
    ],
  }));
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  for (const path of paths) {
    const page = (browserPages[path] = await browser.newPage());
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (!request.url().startsWith(origin)) {
        foreignRequests.push(request.url());
        return void request.abort();
      }
      ownRequests[path].push(new URL(request.url()).pathname);
      void request.continue();
    });
    await page.evaluateOnNewDocument(() => {
      const calls: string[] = [];
      Object.defineProperty(window, '__xssCalls', { value: calls });
      Object.defineProperty(window, '__xss', { value: (id: unknown) => calls.push(String(id)) });
    });
    if (path === 'fallback') {
      // A browser without the HTML Sanitizer API.
      await page.evaluateOnNewDocument(() => {
        delete (Element.prototype as { setHTML?: unknown }).setHTML;
        delete (window as { Sanitizer?: unknown }).Sanitizer;
      });
    }
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    // The autoloader loads an element's code when its tag appears.
    await page.evaluate(() => {
      document.body.append(document.createElement('dh-article'));
      return customElements.whenDefined('dh-article').then(() => true);
    });
  }
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the corpus covers at least 40 payload classes', () => {
  const classes = new Set(payloads.map((p) => p.class));
  assert.ok(classes.size >= 40, `${classes.size} classes`);
  assert.ok(payloads.filter((p) => p.class !== 'benign').length >= 150);
});

test('the pipeline refuses oversized or too deeply nested articles before parsing, with a clear message', () => {
  const refused = rendered.filter((r) => r.refused.length);
  assert.ok(refused.length > 0, 'no payload hit the limits');
  for (const r of refused) assert.match(r.refused[0].message, /verschachtelt|zu groß/);
});

test('sanitised output is stable: sanitising it again changes nothing', () => {
  for (const { payload, html } of rendered) {
    assert.equal(sanitizer.sanitize(html), html, `${payload.class}: ${payload.name}`);
  }
});

const ALLOWED_TAGS = new Set(
  'a abbr aside b blockquote br caption code dd del div dl dt em figcaption figure h2 h3 h4 h5 h6 hr i img kbd li mark ol p pre q s small span strong sub sup table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
const URL_ATTRIBUTES = new Set(['href', 'src']);
const PORTAL = 'https://portal.example';
const { document: jsdomDocument } = new JSDOM('').window;

/** The rules every sanitised article keeps: allowed elements, no handlers, safe URLs, prefixed ids. */
function assertNothingDangerous(html: string, name: string) {
  const label = `${name}\n${html}`;
  const template = jsdomDocument.createElement('template');
  template.innerHTML = html;
  for (const element of template.content.querySelectorAll('*')) {
    assert.ok(ALLOWED_TAGS.has(element.localName), `<${element.localName}> in ${label}`);
    for (const { name, value } of element.attributes) {
      assert.doesNotMatch(
        name,
        /^on|^(?:style|srcset|ping|target|popover|popovertarget|command|commandfor|formaction|background|poster)$/,
        label,
      );
      // DOMPurify blanks `is` rather than dropping it, since HTML serialises an element's is-value anyway;
      // an empty name matches no custom element definition.
      if (name === 'is') assert.equal(value, '', label);
      if (URL_ATTRIBUTES.has(name)) {
        // Resolved the way a browser resolves it, on a page of the portal.
        const url = new URL(value, `${PORTAL}/hilfe/`);
        assert.ok(['https:', 'mailto:', 'tel:'].includes(url.protocol), `${name}="${value}" in ${label}`);
        if (name === 'src') assert.equal(url.origin, PORTAL, `image from another site: ${label}`);
      }
      if (name === 'id') assert.match(value, /^dh-c-/, label);
    }
    if (element.localName === 'a' && /^https:/i.test(element.getAttribute('href') ?? '')) {
      assert.equal(element.getAttribute('rel'), 'noopener noreferrer', label);
    }
  }
}

test('nothing dangerous survives the build-time sanitiser', () => {
  for (const { payload, html } of rendered) assertNothingDangerous(html, `${payload.class}: ${payload.name}`);
});

/**
 * Shows each HTML in its own <dh-article> on the page and returns what each article shows; fails when a
 * payload ran script, requested another host or clobbered the document.
 */
async function showInBrowser(page: Page, htmls: string[]): Promise<string[]> {
  const result = await page.evaluate(async (htmls: string[]) => {
    const host = document.getElementById('articles')!;
    const elements = htmls.map((html, i) => {
      const element = document.createElement('dh-article');
      // Title as h1, so that the article's headings keep their levels and compare with the build's.
      element.headingLevel = 1;
      element.article = { id: `payload-${i}`, title: `Payload ${i}`, html, lang: 'de' };
      host.append(element);
      return element;
    });
    await Promise.all(elements.map((e) => e.updateComplete));
    // Give error, load, toggle and animation handlers time to fire.
    await new Promise((resolve) => setTimeout(resolve, 600));
    const shown = elements.map((e) => e.shadowRoot!.querySelector('.content')!.innerHTML);
    const clobbered = typeof (document as unknown as Record<string, unknown>).cookie !== 'string';
    host.replaceChildren();
    return { calls: (window as unknown as { __xssCalls: string[] }).__xssCalls, shown, clobbered };
  }, htmls);
  assert.deepEqual(result.calls, [], 'a payload ran script');
  assert.deepEqual(foreignRequests, [], 'a payload made the page request another host');
  assert.equal(result.clobbered, false);
  return result.shown;
}

for (const path of paths) {
  test(`in Chromium with the ${pathName(path)}: no published payload runs script or sends a request, and the browser sanitiser agrees with the build`, async () => {
    const shown = await showInBrowser(
      browserPages[path],
      rendered.map((r) => r.html),
    );
    // Which sanitiser ran: DOMPurify's chunk is requested by the fallback only.
    const dompurifyLoaded = ownRequests[path].some((p) => p.includes('/dompurify-sanitizer-'));
    assert.equal(dompurifyLoaded, path === 'fallback', ownRequests[path].join(', '));
    // Both leave published HTML as it is, with one difference: DOMPurify blanks an `is` attribute,
    // the HTML Sanitizer API drops it, since it is not on the allowlist.
    const expected = (html: string) => (path === 'native' ? html.replaceAll(' is=""', '') : html);
    const differing = rendered
      .map(({ payload, html }, i) => ({ payload, html: expected(html), shown: shown[i] }))
      .filter((r) => r.shown !== r.html)
      .map((r) => `${r.payload.class}: ${r.payload.name}\n  build:   ${r.html}\n  browser: ${r.shown}`);
    assert.deepEqual(differing, [], 'browser and build sanitiser differ');
  });

  test(`in Chromium with the ${pathName(path)} alone: unsanitised payloads (a compromised server) run no script, send no request and keep every rule`, async () => {
    const shown = await showInBrowser(
      browserPages[path],
      rendered.map((r) => r.raw),
    );
    rendered.forEach(({ payload }, i) => assertNothingDangerous(shown[i], `${payload.class}: ${payload.name}`));
  });
}

test('benign content keeps its links, menu paths and hint boxes', () => {
  const benign = rendered
    .filter((r) => r.payload.class === 'benign')
    .map((r) => r.html)
    .join('\n');
  assert.match(benign, /<a href="https:[^"]+" rel="noopener noreferrer">/);
  assert.match(benign, /href="mailto:/);
  assert.match(benign, /href="tel:/);
  assert.match(benign, /<a class="dh-menu-path" href="\/admin\/arbeitsplaetze" data-dh-page="admin\/arbeitsplaetze">/);
  assert.match(benign, /<aside class="dh-hint dh-hint-tipp">/);
  assert.match(benign, /<img [^>]*src="\/images\/hilfe\.png"/);
});

/** An article of the studio around a payload: a valid header, the payload as the body. */
const studioSource = (id: string, markdown: string) =>
  [
    '---',
    `id: ${id}`,
    `title: Prüfung ${id}`,
    'summary: Prüfung.',
    'roles: [admin]',
    'keywords: [Prüfung]',
    'updated: 2026-12-02',
    '---',
    '',
    markdown,
    '',
  ].join('\n');

test('through the studio: every payload saved by an editor, rendered and published, runs nothing in the panel', async () => {
  let portal: TestServer | undefined;
  try {
    // Each payload's requests come from an address of their own: the studio's limits per address are for people.
    portal = await startPortalServer({ trustProxy: '127.0.0.1' });
    const editor = await studioEditor(portal.url);
    const reader = new TestPortalClient(portal.url);
    const previews: string[] = [];
    const published: string[] = [];
    const seenClasses = new Set<string>();
    for (const [i, { payload, refused }] of rendered.entries()) {
      if (refused.length) continue;
      const id = `xss-${i}`;
      const via = { 'x-forwarded-for': `10.0.${i >> 8}.${i & 255}` };
      const saved = await editor.json(
        'PUT',
        `/api/studio/articles/${id}/de`,
        { source: studioSource(id, payload.markdown), baseRevision: 0 },
        via,
      );
      assert.equal(saved.status, 200, `${payload.class}: ${payload.name}`);
      // What the editor's preview and the portal page's preview show: the same pipeline, not yet published.
      const preview = await editor.route(
        'GET /api/studio/articles/:id/:lang/preview',
        `/api/studio/articles/${id}/de/preview`,
      );
      if (preview.status === 200) previews.push(preview.body.html);
      // One payload of each class is published too (each publish renders the whole help once).
      if (seenClasses.has(payload.class)) continue;
      seenClasses.add(payload.class);
      const publish = await editor.json('POST', `/api/studio/articles/${id}/de/workflow`, {
        action: 'publish',
        revision: 1,
      });
      // Refused when the checks find what the sanitiser would remove: then nothing reaches readers.
      assert.ok([200, 422].includes(publish.status), `${payload.class}: ${payload.name} (${publish.status})`);
      if (publish.status === 200)
        published.push((await reader.json('GET', `/api/help/articles/${id}?lang=de`)).body.html);
    }
    assert.ok(previews.length > 150, `${previews.length} previews`);
    assert.ok(published.length > 0, 'some payloads were published');
    for (const path of paths) {
      const shown = await showInBrowser(browserPages[path], [...previews, ...published]);
      shown.forEach((html, i) => assertNothingDangerous(html, `studio article ${i}`));
    }
  } finally {
    await portal?.stop();
    await portal?.remove();
  }
});
