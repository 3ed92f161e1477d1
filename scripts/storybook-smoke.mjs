// Opens every story and every docs page of the built Storybook (storybook-static/) in headless Chromium,
// 375 CSS px wide (a phone), and fails on one that shows Storybook's error display, throws, or logs a
// console error; a story also when something reaches beyond the sides or a credential value wraps; a docs
// page must show the element's API table from the custom-elements manifest.
import { existsSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, CHROME_MISSING, findChrome } from './find-chrome.mjs';
import { startStaticServer } from './static-server.mjs';

const dir = 'storybook-static';
if (!existsSync(`${dir}/index.json`)) {
  console.error(`${dir}/index.json is missing: run npm run build-storybook first.`);
  process.exit(1);
}
const executablePath = findChrome();
if (!executablePath) {
  console.error(CHROME_MISSING);
  process.exit(1);
}

const { server, url } = await startStaticServer({ mounts: [{ prefix: '/', dir }] });

/**
 * What must be on screen per entry type, as a selector that appears once it has rendered: a story shows a
 * rendered Direkthilfe element, a docs page the API table with the element's properties.
 */
const EXPECTED = {
  story: { ready: '#storybook-root > *', mode: 'story', missing: 'no Direkthilfe element rendered' },
  docs: { ready: '#storybook-docs .docblock-argstable tbody tr', mode: 'docs', missing: 'no API table' },
};

async function check(page, entry, problems) {
  const expected = EXPECTED[entry.type];
  await page.goto(`${url}/iframe.html?id=${entry.id}&viewMode=${expected.mode}`, { waitUntil: 'load' });
  await page.waitForFunction(
    (ready) => document.querySelector(ready) || document.body.classList.contains('sb-show-errordisplay'),
    { timeout: 15000 },
    expected.ready,
  );
  const shown = await page.evaluate((type) => {
    const root = document.querySelector(type === 'docs' ? '#storybook-docs' : '#storybook-root');
    return {
      error: document.body.classList.contains('sb-show-errordisplay')
        ? document.querySelector('#error-message')?.textContent
        : null,
      complete:
        type === 'docs'
          ? Boolean(root?.querySelector('.docblock-argstable tbody tr'))
          : [...(root?.querySelectorAll('*') ?? [])].some(
              (e) => e.localName.startsWith('dh-') && e.shadowRoot?.childElementCount,
            ),
    };
  }, entry.type);
  if (shown.error) problems.push(`error display: ${shown.error}`);
  if (!shown.complete) problems.push(expected.missing);
  if (entry.type === 'story') problems.push(...(await layoutProblems(page)));
}

/**
 * At the phone's width (375 CSS px): nothing scrolls sideways or reaches beyond the viewport's sides, no
 * credential value (user name, password, server) breaks onto a second line, and a wizard's step starts in the
 * upper part of the screen (the top 40 %), below a folded step list.
 */
function layoutProblems(page) {
  return page.evaluate(() => {
    const deep = (root) =>
      [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? deep(e.shadowRoot) : [])]);
    const label = (e) =>
      `<${e.localName}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : ''}>`;
    const problems = [];
    const { scrollWidth, clientWidth } = document.scrollingElement;
    if (scrollWidth > clientWidth) problems.push(`the page scrolls sideways (${scrollWidth} px at ${clientWidth} px)`);
    for (const e of deep(document)) {
      const rect = e.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      if (rect.left < -0.5 || rect.right > innerWidth + 0.5)
        problems.push(
          `${label(e)} reaches beyond the viewport (${Math.round(rect.left)} to ${Math.round(rect.right)} px)`,
        );
      if (e.matches('code.credential') && e.getClientRects().length > 1)
        problems.push(`credential wraps: ${e.textContent}`);
      // A wizard's step comes first: the step list stays folded and the progress header short, so that the
      // step's form and its main action follow at once (375 × 740).
      const head = e.localName === 'dh-wizard' ? e.shadowRoot?.querySelector('header.head') : null;
      if (head?.querySelector('details[open]')) problems.push('the wizard opens with its step list unfolded');
      if (head && head.getBoundingClientRect().bottom > innerHeight * 0.4)
        problems.push(`the wizard's progress header ends at ${Math.round(head.getBoundingClientRect().bottom)} px`);
    }
    return problems.slice(0, 5);
  });
}

const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
const totals = { passed: 0, failed: 0 };
try {
  const index = await (await fetch(`${url}/index.json`)).json();
  const entries = Object.values(index.entries);
  const page = await browser.newPage();
  await page.setViewport({ width: 375, height: 740 });
  for (const story of entries) {
    const problems = [];
    const onError = (error) => problems.push(`page error: ${error.message}`);
    // The browser's own favicon request is not the story's doing.
    const onConsole = (message) =>
      message.type() === 'error' &&
      !message.location()?.url?.endsWith('/favicon.ico') &&
      problems.push(`console error: ${message.text()} ${message.location()?.url ?? ''}`);
    page.on('pageerror', onError);
    page.on('console', onConsole);
    await check(page, story, problems);
    page.off('pageerror', onError);
    page.off('console', onConsole);
    if (problems.length) {
      totals.failed++;
      console.log(`✖ ${story.id}\n  ${problems.join('\n  ')}`);
    } else {
      totals.passed++;
      console.log(`✔ ${story.id}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (process.env.DH_COUNTS_FILE) writeFileSync(process.env.DH_COUNTS_FILE, JSON.stringify(totals));
console.log(`storybook-smoke: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
