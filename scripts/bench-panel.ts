// `npm run bench:panel`: the Direkthilfe panel in headless Chromium against the local server.
// Prints click → topic painted (first and later opens), search keystroke → results painted, and the bytes
// the page loads before and on the first open as sent on the wire (compressed by the server, as Chromium
// received them), next to the size report's min+gzip figures for the same code.
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launchChromium } from '../test/node/helpers/browser.js';
import { startPortalServer } from '../test/node/helpers/portal-server.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const REPORT = 'packages/widgets/dist/size-report.script.json';
if (!existsSync(REPORT)) throw new Error('The widgets are not built: run npm run build first.');
const server = await startPortalServer();
const browser = await launchChromium();

const percentiles = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return `p50 ${at(50).toFixed(1)} ms   p95 ${at(95).toFixed(1)} ms   (n = ${samples.length})`;
};

/** Bytes of response bodies as received (`wire`, still encoded) and decoded, and of response headers. */
interface Bytes {
  wire: number;
  decoded: number;
  headers: number;
  files: number;
}
type Kind = 'widgets' | 'help API' | 'page';
const none = (): Bytes => ({ wire: 0, decoded: 0, headers: 0, files: 0 });
const kindOf = (url: string): Kind => {
  const path = new URL(url).pathname;
  if (path === '/direkthilfe.js' || path.startsWith('/direkthilfe/')) return 'widgets';
  return path.startsWith('/api/help/') ? 'help API' : 'page';
};

/** Counts every response through the DevTools protocol: what crossed the network, per kind. */
async function countBytes(page: Page) {
  const totals: Record<Kind, Bytes> = { widgets: none(), 'help API': none(), page: none() };
  /** The widget files one by one, by path: to match the size report's chunks. */
  const widgetFiles = new Map<string, Bytes>();
  const client = await page.createCDPSession();
  await client.send('Network.enable');
  const pending = new Map<string, { url: string; kind: Kind; headers: number; decoded: number }>();
  client.on('Network.responseReceived', ({ requestId, response }) => {
    if (response.mimeType === 'text/event-stream') return;
    // At this point the bytes received are the status line and headers.
    pending.set(requestId, {
      url: response.url,
      kind: kindOf(response.url),
      headers: response.encodedDataLength,
      decoded: 0,
    });
  });
  client.on('Network.dataReceived', ({ requestId, dataLength }) => {
    const entry = pending.get(requestId);
    if (entry) entry.decoded += dataLength;
  });
  client.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const entry = pending.get(requestId);
    if (!entry) return;
    pending.delete(requestId);
    const file = { wire: encodedDataLength - entry.headers, decoded: entry.decoded, headers: entry.headers, files: 1 };
    add(totals[entry.kind], file);
    if (entry.kind === 'widgets') widgetFiles.set(new URL(entry.url).pathname, file);
  });
  return { totals, widgetFiles };
}

function add(total: Bytes, more: Bytes) {
  total.wire += more.wire;
  total.decoded += more.decoded;
  total.headers += more.headers;
  total.files += more.files;
}

const snapshot = (totals: Record<Kind, Bytes>) =>
  Object.fromEntries(Object.entries(totals).map(([kind, bytes]) => [kind, { ...bytes }])) as Record<Kind, Bytes>;

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
let before: Record<Kind, Bytes> | undefined;
let after: Record<Kind, Bytes> | undefined;
/** The search engine's chunk, which loads with the index (the size report counts it apart). */
let searchEngine: Bytes | undefined;

for (let round = 0; round < ROUNDS; round++) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const bytes = await countBytes(page);
  await page.goto(`${server.url}/admin/warenkorb`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('dh-help-launcher')?.shadowRoot?.querySelector('button'));
  const beforeOpen = snapshot(bytes.totals);
  firstOpens.push(await openAndTime(page));
  await page.waitForNetworkIdle({ idleTime: 200 });
  if (round === 0) {
    before = beforeOpen;
    after = snapshot(bytes.totals);
    searchEngine = [...bytes.widgetFiles].find(([path]) => /\/help-search-[^/]+\.js$/.test(path))?.[1];
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
const report = JSON.parse(readFileSync(REPORT, 'utf8')) as { kind: string; name: string; bytes: number }[];
const reported = (prefix: string) =>
  report.find((row) => row.kind === 'scenario' && row.name.startsWith(prefix))!.bytes;
const figure = (bytes: number) => `${bytes.toLocaleString('en')} B`.padStart(10);
const line = (label: string, bytes: Bytes, note = '') =>
  console.log(
    `  ${label.padEnd(34)}${figure(bytes.wire)} on the wire   ${figure(bytes.decoded)} decoded   ${bytes.files} files${note}`,
  );
const minus = (a: Bytes, b: Bytes): Bytes => ({
  wire: a.wire - b.wire,
  decoded: a.decoded - b.decoded,
  headers: a.headers - b.headers,
  files: a.files - b.files,
});

console.log('\n  Bytes as sent (response bodies, compressed by the server), first visit with an empty cache:');
line(
  'before the first open: widgets',
  before!.widgets,
  `   (size report, up front: ${reported('up front')} B min+gzip)`,
);
line('before the first open: page', before!.page, '   (the demo page, its styles and scripts)');
line(
  'after the first open: widgets',
  minus(after!.widgets, searchEngine!),
  `   (size report, open panel with search and article: ${reported('open panel with search and article (HTML')} B)`,
);
line(
  '  and the search engine with it',
  after!.widgets,
  `   (size report, open panel and search engine: ${reported('first search')} B)`,
);
line('on the first open: widgets added', minus(after!.widgets, before!.widgets));
line(
  'on the first open: help API',
  minus(after!['help API'], before!['help API']),
  '   (topic, article, search indexes)',
);
const headers = Object.values(after!).reduce((sum, bytes) => sum + bytes.headers, 0);
console.log(`  response headers, all requests of the visit: ${headers.toLocaleString('en')} B`);

await browser.close();
await server.stop();
await server.remove();
