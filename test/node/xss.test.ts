import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { JSDOM } from 'jsdom';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { checkLimits, createArticleRenderer, createNodeSanitizer, loadSources } from '@direkthilfe/content';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

// Every payload goes through the publishing pipeline (marked with the extras, then DOMPurify on jsdom)
// and is then rendered in Chromium inside <dh-article>, which sanitises again. The page has no CSP on
// purpose: the sanitiser alone must stop every payload.

interface Payload {
  class: string;
  name: string;
  markdown: string;
}

const { payloads } = JSON.parse(readFileSync('test/xss-payloads.json', 'utf8')) as { payloads: Payload[] };
const sanitizer = createNodeSanitizer();
const render = createArticleRenderer(loadSources('content').pages, 'de', sanitizer);

let server: Server;
let origin: string;
let browser: Browser;
let page: Page;
const foreignRequests: string[] = [];

/** Rendered by the pipeline, or refused by the limits before parsing. */
const rendered = payloads.map((payload) => {
  const refused = checkLimits(payload.markdown);
  return { payload, refused, html: refused.length ? '' : render(payload.markdown).html };
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
  page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(origin)) return void request.continue();
    foreignRequests.push(request.url());
    void request.abort();
  });
  await page.evaluateOnNewDocument(() => {
    const calls: string[] = [];
    Object.defineProperty(window, '__xssCalls', { value: calls });
    Object.defineProperty(window, '__xss', { value: (id: unknown) => calls.push(String(id)) });
  });
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  // The autoloader loads an element's code when its tag appears.
  await page.evaluate(() => {
    document.body.append(document.createElement('dh-article'));
    return customElements.whenDefined('dh-article').then(() => true);
  });
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

test('nothing dangerous survives the build-time sanitiser', () => {
  const { document } = new JSDOM('').window;
  for (const { payload, html } of rendered) {
    const label = `${payload.class}: ${payload.name}\n${html}`;
    const template = document.createElement('template');
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
});

test('in Chromium, inside <dh-article>, no payload runs script or sends a request, and the browser sanitiser agrees', async () => {
  const result = await page.evaluate(
    async (htmls: string[]) => {
      const host = document.getElementById('articles')!;
      const elements = htmls.map((html, i) => {
        const element = document.createElement('dh-article');
        element.article = { id: `payload-${i}`, title: `Payload ${i}`, html, lang: 'de' };
        host.append(element);
        return element;
      });
      await Promise.all(elements.map((e) => e.updateComplete));
      // Give error, load, toggle and animation handlers time to fire.
      await new Promise((resolve) => setTimeout(resolve, 600));
      const markers = /<!--\?(?:lit\$\d+\$)?-->|<!---->/g;
      return {
        calls: (window as unknown as { __xssCalls: string[] }).__xssCalls,
        inBrowser: elements.map((e) => e.shadowRoot!.querySelector('.content')!.innerHTML.replace(markers, '')),
        clobbered: typeof (document as unknown as Record<string, unknown>).cookie !== 'string',
      };
    },
    rendered.map((r) => r.html),
  );

  assert.deepEqual(result.calls, [], 'a payload ran script');
  assert.deepEqual(foreignRequests, [], 'a payload made the page request another host');
  assert.equal(result.clobbered, false);
  rendered.forEach(({ payload, html }, i) => {
    assert.equal(result.inBrowser[i], html, `browser and build sanitiser differ for ${payload.class}: ${payload.name}`);
  });
});

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
