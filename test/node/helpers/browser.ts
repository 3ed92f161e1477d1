import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../../scripts/find-chrome.mjs';
import { usePortalServer, type TestServer } from './portal-server.js';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// A shared, busy machine can take long to start a browser; waiting is cheap, a false failure is not.
export const launchChromium = (): Promise<Browser> =>
  puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS, timeout: 180_000 });

/**
 * The demo portal in Chromium for the tests of one file: the built widgets, a real server and one browser,
 * started before the tests and closed after them. `problems` collects what `watchedPage` reports.
 */
export function useDemoPortalInBrowser(): {
  readonly server: TestServer;
  readonly browser: Browser;
  problems: string[];
} {
  let browser: Browser | undefined;
  // The browser goes first (after-hooks run in the order they are added): a connection it still holds
  // would keep the server's graceful close waiting.
  after(async () => {
    await browser?.close();
  });
  const portal = usePortalServer() as { server: TestServer; browser: Browser; problems: string[] };
  portal.problems = [];
  before(async () => {
    assert.ok(existsSync('packages/widgets/dist/direkthilfe.js'), 'the bundle is missing: run npm run build first');
    browser = portal.browser = await launchChromium();
  });
  return portal;
}

/**
 * A page in a fresh browser context (its own cookies, like a new visitor). CSP violations, script errors,
 * missing files, server errors and requests to hosts other than `origin` (one or several) are added to
 * `problems`; expected answers such as 401 before login are judged by the tests themselves.
 */
export async function watchedPage(
  browser: Browser,
  origin: string | string[],
  problems: string[],
  width = 1280,
): Promise<Page> {
  const origins = [origin].flat();
  const page = await (await browser.createBrowserContext()).newPage();
  await page.setViewport({ width, height: 900 });
  // Generous: a lazy chunk or a hash can take long on a busy machine; the tests wait for events, not time.
  page.setDefaultTimeout(60_000);
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on(
    'console',
    (m) =>
      m.type() === 'error' &&
      !m.text().startsWith('Failed to load resource') &&
      problems.push(`${page.url()}: ${m.text()}`),
  );
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${(e as Error).message}`));
  page.on('response', (r) => {
    const missing = r.status() === 404 && !r.url().endsWith('/favicon.ico');
    if (missing || r.status() >= 500) problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('request', (r) => {
    if (!origins.some((o) => r.url().startsWith(o)) && !r.url().startsWith('data:'))
      problems.push(`foreign request: ${r.url()}`);
  });
  return page;
}

/** axe-core with the WCAG 2.0–2.2 A and AA rules on the whole page, shadow roots included. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  return page.evaluate(async (tags: string[]) => {
    const axe = (
      window as unknown as {
        axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, WCAG);
}

/**
 * The chain of focused elements through shadow roots, each as `name#id.class`, buttons with their text:
 * `dh-help-panel > dh-wizard > button.primary[Weiter]`.
 */
export const focusPath = (page: Page) =>
  page.evaluate(() => {
    const path: string[] = [];
    let active: Element | null = document.activeElement;
    while (active) {
      const className = typeof active.className === 'string' && active.className ? active.className.split(' ')[0] : '';
      path.push(
        active.localName +
          (active.id ? `#${active.id}` : '') +
          (className ? `.${className}` : '') +
          (active.localName === 'button' ? `[${active.textContent!.trim()}]` : ''),
      );
      active = active.shadowRoot?.activeElement ?? null;
    }
    return path.join(' > ');
  });

/** Presses Tab until the focus path matches, as a keyboard user would. */
export async function tabTo(page: Page, pattern: RegExp, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (pattern.test(await focusPath(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`focus never reached ${pattern} (last: ${await focusPath(page)})`);
}

/** Waits until the panel shows the article with this title. */
export const showsArticle = (page: Page, title: string) =>
  page.waitForFunction(
    (expected: string) =>
      document
        .querySelector('dh-help-panel')
        ?.shadowRoot?.querySelector('dh-article')
        ?.shadowRoot?.querySelector('.title')?.textContent === expected,
    {},
    title,
  );
