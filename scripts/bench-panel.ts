// `npm run bench:panel`: the Direkthilfe panel in headless Chromium against the local server.
// Prints click → topic painted (first and later opens), search keystroke → results painted, and the bytes
// the page loads before and after the first open (as sent, and gzip -9 as a compressing server would send).
import { gzipSync } from 'node:zlib';
import type { Page } from 'puppeteer-core';
import { launchChromium } from '../test/node/helpers/browser.js';
import { startPortalServer } from '../test/node/helpers/portal-server.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const server = await startPortalServer();
const browser = await launchChromium();

const percentiles = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return `p50 ${at(50).toFixed(1)} ms   p95 ${at(95).toFixed(1)} ms   (n = ${samples.length})`;
};

interface Transfer {
  raw: number;
  gzip: number;
}

/** Counts response bodies (not headers) of everything the page loads. */
function countBytes(page: Page) {
  const total: Transfer = { raw: 0, gzip: 0 };
  page.on('response', async (response) => {
    if (response.request().method() !== 'GET' || response.status() !== 200) return;
    if (response.headers()['content-type']?.startsWith('text/event-stream')) return;
    const body = await response.buffer().catch(() => undefined);
    if (!body) return;
    total.raw += body.length;
    total.gzip += gzipSync(body, { level: 9 }).length;
  });
  return total;
}

/** Clicks the launcher and waits until the topic's article is on screen (the frame after it rendered). */
const openAndTime = (page: Page) =>
  page.evaluate(async () => {
    const start = performance.now();
    document.querySelector('dh-help-launcher')!.shadowRoot!.querySelector('button')!.click();
    for (;;) {
      const title = document
        .querySelector('dh-help-panel')
        ?.shadowRoot?.querySelector('dh-article')
        ?.shadowRoot?.querySelector('.title');
      if (title?.textContent) break;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - start;
  });

const firstOpens: number[] = [];
const laterOpens: number[] = [];
const keystrokes: number[] = [];
let before: Transfer = { raw: 0, gzip: 0 };
let after: Transfer = { raw: 0, gzip: 0 };

for (let round = 0; round < ROUNDS; round++) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const bytes = countBytes(page);
  await page.goto(`${server.url}/admin/warenkorb`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('dh-help-launcher')?.shadowRoot?.querySelector('button'));
  const beforeOpen = { ...bytes };
  firstOpens.push(await openAndTime(page));
  await page.waitForNetworkIdle({ idleTime: 200 });
  if (round === 0) {
    before = beforeOpen;
    after = { ...bytes };
  }
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => window.direkthilfe!.close());
    laterOpens.push(await openAndTime(page));
  }
  // Typing, one keystroke at a time: input event → results rendered → next frame.
  const times = await page.evaluate(async () => {
    const search = document
      .querySelector('dh-help-panel')!
      .shadowRoot!.querySelector('dh-help-search')! as HTMLElement & { updateComplete: Promise<unknown> };
    const input = search.shadowRoot!.querySelector('input')!;
    const panel = document.querySelector('dh-help-panel') as HTMLElement & { updateComplete: Promise<unknown> };
    const measured: number[] = [];
    for (const word of ['warenkorp', 'aktivierungsmail', 'tischtelefon', 'passwort regeln']) {
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      for (let n = 1; n <= word.length; n++) {
        const start = performance.now();
        input.value = word.slice(0, n);
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await panel.updateComplete;
        await search.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        measured.push(performance.now() - start);
      }
    }
    return measured;
  });
  keystrokes.push(...times);
  await context.close();
}

console.log(`Panel benchmark: headless Chromium, demo portal page /admin/warenkorb, ${ROUNDS} fresh visits\n`);
console.log(`  click → topic painted, first open   ${percentiles(firstOpens)}`);
console.log(`  click → topic painted, later opens  ${percentiles(laterOpens)}`);
console.log(`  search keystroke → results painted  ${percentiles(keystrokes)}`);
console.log(
  `\n  bytes before the first open         ${(before.raw / 1000).toFixed(1)} KB as sent, ${(before.gzip / 1000).toFixed(1)} KB gzip (page, CSS, scripts)`,
);
console.log(
  `  bytes loaded by the first open      ${((after.raw - before.raw) / 1000).toFixed(1)} KB as sent, ${((after.gzip - before.gzip) / 1000).toFixed(1)} KB gzip (panel code, topic, article, search index)`,
);

await browser.close();
await server.stop();
await server.remove();
