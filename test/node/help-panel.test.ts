import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import {
  axeViolations,
  focusPath,
  showsArticle,
  tabTo,
  useDemoPortalInBrowser,
  watchedPage,
} from './helpers/browser.js';
import { TestPortalClient, unlockedAdmin } from './helpers/portal-server.js';

// The Direkthilfe panel on the demo portal, driven by the keyboard, against the real backend.

const portal = useDemoPortalInBrowser();

async function open(url: string, width = 1280): Promise<Page> {
  const page = await watchedPage(portal.browser, portal.server.url, portal.problems, width);
  await page.goto(portal.server.url + url, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('dh-help-launcher')?.shadowRoot?.querySelector('button'));
  return page;
}

/** Text inside the panel's shadow tree (and its children's). */
const panelText = (page: Page) =>
  page.evaluate(() => {
    // Iterative on purpose: functions declared inside evaluate() would need the test's module helpers.
    const texts: string[] = [];
    const roots: ParentNode[] = [document.querySelector('dh-help-panel')!.shadowRoot!];
    while (roots.length) {
      const root = roots.pop()!;
      texts.push(root.textContent ?? '');
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    }
    return texts.join(' ').replace(/\s+/g, ' ');
  });

const articleTitle = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelector('dh-help-panel')
        ?.shadowRoot?.querySelector('dh-article')
        ?.shadowRoot?.querySelector('.title')?.textContent ?? '',
  );

const axe = axeViolations;

test('keyboard only: open on the workplace form, see its topic, search "warenkorp", read, go on, switch view, close', async () => {
  const api = new TestPortalClient(portal.server.url);
  const topic = (await api.json('GET', '/api/help/context/admin/arbeitsplatz-einrichten?role=admin')).body;
  const cart = (await api.json('GET', '/api/help/articles/admin-warenkorb-bestellen')).body;

  const page = await open('/admin/arbeitsplaetze/neu');
  await page.focus('dh-help-launcher');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('dh-help-panel')?.shadowRoot?.querySelector('aside'));
  assert.match(await focusPath(page), /dh-help-panel > h2#title/);
  assert.equal(
    await page.$eval('dh-help-panel', (p) => p.shadowRoot!.querySelector('aside')!.getAttribute('aria-labelledby')),
    'title',
  );
  await showsArticle(page, topic.primary!.title);
  assert.match(await panelText(page), new RegExp(topic.menuPath.split(' → ').join(' ?→? ?')));
  assert.deepEqual(await axe(page), []);
  // A menu path in the article points at the page's own menu entry.
  await page.evaluate(() =>
    document
      .querySelector('dh-help-panel')!
      .shadowRoot!.querySelector('dh-article')!
      .shadowRoot!.querySelector<HTMLElement>('a.dh-menu-path[href="/admin/arbeitsplaetze/neu"]')!
      .focus(),
  );
  // The highlighting's code loads with the first menu path pointed at.
  await page.waitForSelector('nav a[href="/admin/arbeitsplaetze/neu"][data-dh-highlight]');
  assert.equal(await page.$$eval('[data-dh-highlight]', (links) => links.length), 1);
  await page.evaluate(() =>
    document.querySelector('dh-help-panel')!.shadowRoot!.querySelector<HTMLElement>('#title')!.focus(),
  );
  assert.equal(await page.$$eval('[data-dh-highlight]', (links) => links.length), 0);
  const margin = await page.evaluate(() => getComputedStyle(document.documentElement).marginInlineEnd);
  assert.notEqual(margin, '0px', 'the page does not make room for the side panel');

  await tabTo(page, /dh-help-search > input#search/);
  await page.keyboard.type('warenkorp');
  await page.waitForFunction(() =>
    document
      .querySelector('dh-help-panel')!
      .shadowRoot!.querySelector('dh-help-search')!
      .shadowRoot!.querySelector('.result'),
  );
  await page.waitForFunction(() =>
    document
      .querySelector('dh-help-panel')!
      .shadowRoot!.querySelector('dh-help-search')!
      .shadowRoot!.querySelector('[role="status"]')!
      .textContent!.includes('Treffer'),
  );
  assert.deepEqual(await axe(page), []);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await showsArticle(page, cart.title);

  await tabTo(page, /dh-article > button\.next/);
  await page.keyboard.press('Enter');
  await showsArticle(page, cart.next!.title);

  await page.evaluate(() => {
    const radios = document
      .querySelector('dh-help-panel')!
      .shadowRoot!.querySelector('dh-role-switch')!
      .shadowRoot!.querySelectorAll('input');
    radios[0].focus();
  });
  await page.keyboard.press('Space');
  await page.waitForFunction(
    () =>
      document.querySelector('dh-help-panel')!.shadowRoot!.textContent!.length >= 0 &&
      window.direkthilfe!.state?.snapshot.role === 'user',
  );
  await tabTo(page, /dh-help-search > input#search/);
  await page.keyboard.type('Tischtelefon');
  await page.waitForFunction(() =>
    document
      .querySelector('dh-help-panel')!
      .shadowRoot!.querySelector('dh-help-search')!
      .shadowRoot!.querySelector('.result'),
  );
  const titles = await page.evaluate(() =>
    [
      ...document
        .querySelector('dh-help-panel')!
        .shadowRoot!.querySelector('dh-help-search')!
        .shadowRoot!.querySelectorAll('.result-title'),
    ].map((e) => e.textContent),
  );
  assert.ok(
    titles.includes('Am Tischtelefon anmelden') || titles.some((t) => /Tischtelefon/.test(t!)),
    titles.join(', '),
  );

  await page.keyboard.press('Escape'); // clears the search
  await page.keyboard.press('Escape'); // closes the panel
  await page.waitForFunction(() => !window.direkthilfe!.state?.snapshot.open);
  assert.match(await focusPath(page), /^dh-help-launcher > button/);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).marginInlineEnd), '0px');
  assert.deepEqual(portal.problems, []);
});

test('the panel follows <html lang> and single-page navigation', async () => {
  const page = await open('/admin/warenkorb');
  await page.evaluate(() => {
    document.documentElement.lang = 'en';
    window.direkthilfe!.open();
  });
  await page.waitForFunction(
    () => document.querySelector('dh-help-panel')?.shadowRoot?.querySelector('.close')?.textContent === 'Close',
  );
  await page.waitForFunction(() =>
    /cart/i.test(
      document
        .querySelector('dh-help-panel')
        ?.shadowRoot?.querySelector('dh-article')
        ?.shadowRoot?.querySelector('.title')?.textContent ?? '',
    ),
  );
  await page.evaluate(() => window.direkthilfe!.setPage('admin/gruppen'));
  await page.waitForFunction(() =>
    /group/i.test(
      document
        .querySelector('dh-help-panel')
        ?.shadowRoot?.querySelector('dh-article')
        ?.shadowRoot?.querySelector('.title')?.textContent ?? '',
    ),
  );
  assert.deepEqual(await axe(page), []);
});

test('one view state: the page’s own view wins on each page, its data-dh-role moves the panel, the panel’s switch tells the page; setLanguage() turns the whole panel', async () => {
  const api = new TestPortalClient(portal.server.url);
  const cart = (await api.json('GET', '/api/help/context/admin/warenkorb?role=admin')).body;
  const roleSwitch = (page: Page) =>
    page.evaluate(() => {
      const radios = document
        .querySelector('dh-help-panel')!
        .shadowRoot!.querySelector('dh-role-switch')!
        .shadowRoot!.querySelectorAll('input');
      return [...radios].map((r) => `${r.labels![0].textContent!.trim()}${r.checked ? ' ✓' : ''}`).join(' | ');
    });
  const page = await open('/admin/gruppen');
  await page.evaluate(() => window.direkthilfe!.open());
  await page.waitForFunction(() =>
    document.querySelector('dh-help-panel')?.shadowRoot?.querySelector('dh-role-switch'),
  );
  // The reader chooses the user view in the panel, by keyboard: the page hears of it.
  const heard = page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        document.addEventListener('dh-view-change', (e) => resolve((e as CustomEvent<{ role: string }>).detail.role), {
          once: true,
        }),
      ),
  );
  await page.evaluate(() =>
    document
      .querySelector('dh-help-panel')!
      .shadowRoot!.querySelector('dh-role-switch')!
      .shadowRoot!.querySelector<HTMLInputElement>('input')!
      .focus(),
  );
  await page.keyboard.press('Space');
  assert.equal(await heard, 'user');
  // On the cart page, the page's own view counts: the cart article, not the user view's welcome.
  await page.goto(`${portal.server.url}/admin/warenkorb`, { waitUntil: 'networkidle0' });
  await page.evaluate(() => window.direkthilfe!.open());
  await showsArticle(page, cart.primary!.title);
  assert.equal(await roleSwitch(page), 'Anwender-Ansicht | Administrator-Ansicht ✓');
  // The page's own view switch (data-dh-role) moves the panel with it.
  await page.evaluate(() => (document.documentElement.dataset.dhRole = 'user'));
  await page.waitForFunction(() => window.direkthilfe!.state?.snapshot.role === 'user');
  await page.waitForFunction(
    () =>
      document
        .querySelector('dh-help-panel')!
        .shadowRoot!.querySelector('dh-role-switch')!
        .shadowRoot!.querySelector<HTMLInputElement>('input')!.checked,
  );
  // setLanguage('en'): the whole panel at once, its view switch and language button included.
  await page.evaluate(() => window.direkthilfe!.setLanguage('en'));
  await page.waitForFunction(
    () =>
      document.querySelector('dh-help-panel')?.shadowRoot?.querySelector('.language')?.textContent?.trim() ===
      'Deutsch',
  );
  await page.waitForFunction(() =>
    document
      .querySelector('dh-help-panel')!
      .shadowRoot!.querySelector('dh-role-switch')!
      .shadowRoot!.textContent!.includes('Administrator view'),
  );
  assert.equal(await roleSwitch(page), 'User view ✓ | Administrator view');
  assert.deepEqual(await axe(page), []);
  // And back: German everywhere.
  await page.evaluate(() => window.direkthilfe!.setLanguage('de'));
  await page.waitForFunction(() =>
    document
      .querySelector('dh-help-panel')!
      .shadowRoot!.querySelector('dh-role-switch')!
      .shadowRoot!.textContent!.includes('Administrator-Ansicht'),
  );
  assert.equal(await roleSwitch(page), 'Anwender-Ansicht ✓ | Administrator-Ansicht');
  assert.deepEqual(portal.problems, []);
});

test('on a narrow screen the panel is a modal dialog; Escape closes it and focus returns', async () => {
  const page = await open('/myportal/endgeraete', 400);
  await page.focus('dh-help-launcher');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('dh-help-panel')?.shadowRoot?.querySelector('dialog[open]'));
  assert.equal(
    await page.evaluate(() =>
      document.querySelector('dh-help-panel')!.shadowRoot!.querySelector('dialog')!.matches(':modal'),
    ),
    true,
  );
  await page.waitForFunction(() => document.querySelector('dh-help-panel')?.shadowRoot?.querySelector('dh-article'));
  assert.notEqual(await articleTitle(page), '');
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(widths[0] <= widths[1], `horizontal scrolling: ${widths}`);
  assert.deepEqual(await axe(page), []);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !window.direkthilfe!.state?.snapshot.open);
  assert.match(await focusPath(page), /^dh-help-launcher > button/);
});

test('a page with hostile CSS still shows a working launcher and panel', async () => {
  const page = await open('/demo/isolation');
  const hit = await page.evaluate(() => {
    const box = document.querySelector('dh-help-launcher')!.getBoundingClientRect();
    return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.localName;
  });
  assert.equal(hit, 'dh-help-launcher', 'the launcher is covered');
  await page.click('dh-help-launcher');
  await page.waitForFunction(() => document.querySelector('dh-help-panel')?.shadowRoot?.querySelector('dh-article'));
  const panel = await page.evaluate(() => {
    const aside = document.querySelector('dh-help-panel')!.shadowRoot!.querySelector('aside')!;
    const box = aside.getBoundingClientRect();
    return {
      width: box.width,
      font: getComputedStyle(aside).fontSize,
      hit: document.elementFromPoint(box.x + box.width / 2, box.y + 200)?.localName,
    };
  });
  assert.ok(panel.width > 300, `panel width ${panel.width}`);
  assert.equal(panel.hit, 'dh-help-panel', 'the panel is covered');
  assert.notEqual(panel.font, '40px', 'page styles leaked into the panel');
  assert.notEqual(await articleTitle(page), '');
});

test('in dark mode the panel and every element inside it keep their contrast', async () => {
  const page = await watchedPage(portal.browser, portal.server.url, portal.problems);
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.goto(`${portal.server.url}/admin/arbeitsplaetze/neu`, { waitUntil: 'networkidle0' });
  await page.evaluate(() => window.direkthilfe!.open());
  await page.waitForFunction(() =>
    document.querySelector('dh-help-panel')?.shadowRoot?.querySelector('dh-article')?.shadowRoot?.querySelector('p'),
  );
  const colours = await page.evaluate(() => {
    const panel = document.querySelector('dh-help-panel')!.shadowRoot!;
    const paragraph = panel.querySelector('dh-article')!.shadowRoot!.querySelector('p')!;
    return {
      panel: getComputedStyle(panel.querySelector('aside')!).backgroundColor,
      article: getComputedStyle(paragraph).color,
    };
  });
  assert.deepEqual(colours, { panel: 'rgb(29, 29, 34)', article: 'rgb(242, 242, 244)' });
  assert.deepEqual(await axe(page), []);
  await page.evaluate(() => window.direkthilfe!.startWizard('admin-first-setup'));
  await page.waitForFunction(() =>
    document
      .querySelector('dh-help-panel')
      ?.shadowRoot?.querySelector('dh-wizard')
      ?.shadowRoot?.querySelector('form, dh-wizard-bsp-access'),
  );
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(portal.problems, []);
});

test('on every demo page the panel opens with that page’s topic, in each view the page offers and in both languages', async () => {
  const { pages } = JSON.parse(readFileSync('content/portal-map.json', 'utf8')) as {
    pages: { key: string; url: string }[];
  };
  const api = new TestPortalClient(portal.server.url);
  const page = await watchedPage(portal.browser, portal.server.url, portal.problems);
  for (const { key, url } of pages) {
    await page.goto(portal.server.url + url.replace(':id', '1'), { waitUntil: 'load' });
    await page.waitForFunction(() => window.direkthilfe);
    const roles = await page.$eval('html', (html) => html.dataset.dhRoles!.split(' '));
    await page.evaluate(() => window.direkthilfe!.open());
    for (const role of roles) {
      for (const lang of ['de', 'en']) {
        const topic = await api.json('GET', `/api/help/context/${key}?role=${role}&lang=${lang}`);
        assert.ok(topic.body.primary, `${key} has no topic in the ${role} view (${lang})`);
        await page.evaluate(
          (r: string, l: string) => {
            window.direkthilfe!.setRole(r as 'admin' | 'user');
            window.direkthilfe!.setLanguage(l);
          },
          role,
          lang,
        );
        await showsArticle(page, topic.body.primary.title);
      }
    }
  }
  assert.deepEqual(portal.problems, []);
});

/** Runs in the page: words in portal tables broken across lines (only spaces and hyphens may break). */
function brokenTableWords(): string[] {
  const broken: string[] = [];
  for (const cell of document.querySelectorAll<HTMLElement>('table th, table td')) {
    // The label that stacked tables show before a value (`::before`) can only be judged by its style.
    for (const style of [getComputedStyle(cell), getComputedStyle(cell, '::before')])
      if (style.overflowWrap === 'anywhere' || style.wordBreak === 'break-all')
        broken.push(`(style) ${cell.innerText}`);
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (const match of node.data.matchAll(/[^\s-]+-?/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}

/** Runs in the page: the page's own text and controls that the launcher covers. */
function coveredByLauncher(): string[] {
  const box = document.querySelector('dh-help-launcher')!.getBoundingClientRect();
  const parts: [string, DOMRect][] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.trim() || node.parentElement!.closest('dh-help-launcher, dh-help-panel')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) parts.push([node.textContent!.trim(), rect]);
  }
  for (const control of document.querySelectorAll('input, select, textarea, img'))
    for (const rect of control.getClientRects()) parts.push([control.localName, rect]);
  return parts
    .filter(
      ([, r]) =>
        r.width > 0 &&
        r.height > 0 &&
        r.left < box.right &&
        r.right > box.left &&
        r.top < box.bottom &&
        r.bottom > box.top,
    )
    .map(([name]) => name);
}

test('the help fits every page: no sideways scrolling, nothing covered, table words whole, the page never under 480 px', async () => {
  // A company with a workplace carried out, one in the cart and an order: the portal's tables have rows.
  const before = portal.problems.length;
  await unlockedAdmin(portal.server.url, 'layout.admin');
  const page = await watchedPage(portal.browser, portal.server.url, portal.problems);
  await page.goto(`${portal.server.url}/admin/`, { waitUntil: 'networkidle0' });
  // Through the page's own session (the cart belongs to it), as the portal's scripts would call the API.
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    page.evaluate(
      async (method, path, body, headers) => {
        const { token } = (await (await fetch('/api/csrf-token')).json()) as { token: string };
        const response = await fetch(path, {
          method,
          headers: {
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            'x-csrf-token': token,
            ...headers,
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
        return response.json();
      },
      method,
      path,
      body,
      headers,
    );
  await call('POST', '/api/auth/login', { username: 'layout.admin', password: 'Kaffee.Tasse-42', role: 'admin' });
  const { groups } = await call('GET', '/api/admin/groups');
  const { deskPhones, clients } = await call('GET', '/api/admin/device-models');
  const order = (name: string) => ({
    name,
    email: `${name.split(' ')[0].toLowerCase()}@muster-elektro.example`,
    groupId: groups[0].id,
    devices: [deskPhones[0].model],
    clients: [clients[0].id],
  });
  await call('POST', '/api/cart/items', order('Lena Schnellstmöglich-Berger'));
  await call('POST', '/api/cart/checkout', undefined, { 'idempotency-key': 'layout-00000001' });
  await call('POST', '/api/cart/items', order('Jonas Becker-Langenfeld'));
  const { pages } = JSON.parse(readFileSync('content/portal-map.json', 'utf8')) as { pages: { url: string }[] };
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  for (const width of [1280, 1024, 768, 375]) {
    await page.setViewport({ width, height: width < 640 ? 740 : 800 });
    for (const { url } of pages) {
      // The orders page keeps an event stream open: the network never goes idle there.
      await page.goto(portal.server.url + url.replace(':id', '1'), { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('dh-help-launcher')?.shadowRoot?.querySelector('button'));
      await page.waitForNetworkIdle({ idleTime: 200, concurrency: 1 });
      const where = `${url} at ${width} px`;
      assert.equal(await overflow(), 0, `${where}: the page scrolls sideways`);
      assert.deepEqual(await page.evaluate(coveredByLauncher), [], `${where}: the launcher covers the page`);
      assert.deepEqual(await page.evaluate(brokenTableWords), [], `${where}: words broken in a table`);
      const pageWidth = await page.evaluate(() => document.documentElement.getBoundingClientRect().width);

      await page.evaluate(() => window.direkthilfe!.open());
      await page.waitForFunction(() =>
        document
          .querySelector('dh-help-panel')
          ?.shadowRoot?.querySelector('dh-article')
          ?.shadowRoot?.querySelector('.title'),
      );
      assert.equal(await overflow(), 0, `${where}, help open: the page scrolls sideways`);
      // The built icons: each shape stands in its <svg> (a shape inside another is not drawn).
      const shapes = await page.evaluate(() => {
        const parents: string[] = [];
        const roots: ParentNode[] = [document.querySelector('dh-help-panel')!.shadowRoot!];
        while (roots.length) {
          const root = roots.pop()!;
          for (const shape of root.querySelectorAll('svg.icon *')) parents.push(shape.parentElement!.localName);
          for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
        }
        return parents;
      });
      assert.ok(shapes.length > 3 && shapes.every((parent) => parent === 'svg'), `${where}: icons nest their shapes`);
      assert.deepEqual(await page.evaluate(brokenTableWords), [], `${where}, help open: words broken in a table`);
      const layout = await page.evaluate(() => {
        const panel = document.querySelector('dh-help-panel')!.shadowRoot!;
        return {
          overlay: !!panel.querySelector('dialog[open]'),
          page: document.documentElement.getBoundingClientRect().width,
        };
      });
      // Docked, the panel leaves the page at least 480 px; where it cannot, it lies over the page instead.
      if (!layout.overlay)
        assert.ok(layout.page >= 480, `${where}: the docked panel squeezes the page to ${layout.page} px`);
      else assert.equal(layout.page, pageWidth, `${where}: the panel over the page still squeezes it`);
      await page.evaluate(() => window.direkthilfe!.close());
      await page.waitForFunction(
        () => !document.querySelector('dh-help-panel')?.shadowRoot?.querySelector('aside, dialog[open]'),
      );
    }
  }
  // The administrator has no workplace of their own: MyPortal's device page asks for its devices in vain.
  const ownDevices = /^404 .*\/api\/me\/devices\?view=expert$/;
  assert.deepEqual(
    portal.problems.slice(before).filter((problem) => !ownDevices.test(problem)),
    [],
  );
  await page.close();
});
