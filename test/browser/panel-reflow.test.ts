import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { HelpSnapshot } from '@direkthilfe/core/help/help-state';
import type { SerializedSearchIndex } from '@direkthilfe/core/search/types';
import { openPanelState } from '../helpers/help-snapshot.js';
import '../../packages/widgets/src/dh-help-panel.js';
import type { DhHelpPanel } from '../../packages/widgets/src/dh-help-panel/dh-help-panel.js';

// WCAG 1.4.10 Reflow: content at 1280 × 1024 CSS px zoomed to 400 % is a 320 × 256 CSS px viewport. There
// the open panel (a modal dialog on narrow screens) must not scroll sideways, nothing in it may be cut
// off at the sides, and the keyboard must reach every control. Also at 320 × 640 (a small phone), where
// the panel's body scrolls below a fixed header rather than together with it. The help API answers from
// the real published content (scripts/portal-api-middleware.mjs, the real backend).

const WIDTH = 320;
const HEIGHTS = [256, 640];
let viewportHeight = 256;

type Updatable = Element & { updateComplete?: Promise<unknown> };

/** Every element below a root, through open shadow roots. */
function deepElements(root: Element | ShadowRoot | Document): Element[] {
  return [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? deepElements(e.shadowRoot) : [])]);
}

/** The focused element, inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The element hit at a point, inside shadow roots. */
function deepElementFromPoint(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** The parent in the flattened tree: across a shadow root to its host. */
const composedParent = (e: Element): Element | null =>
  e.parentElement ?? ((e.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;

const label = (e: Element) =>
  `<${e.localName}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ').join('.')}` : ''}> "${(e.textContent ?? '').trim().slice(0, 40)}"`;

/** Opens the panel on the real help API and waits until it and everything inside have rendered. */
async function openPanel(change: Partial<HelpSnapshot>): Promise<DhHelpPanel> {
  const el = await fixture<DhHelpPanel>(html`<dh-help-panel></dh-help-panel>`);
  el.addEventListener(
    'dh-state-change',
    (e) => (el.state = { ...el.state, ...(e as CustomEvent<Partial<HelpSnapshot>>).detail }),
  );
  el.state = openPanelState(change);
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'the panel is not a dialog at 320 px');
  return el;
}

async function settled(el: DhHelpPanel) {
  for (const child of [el, ...deepElements(el.shadowRoot!)] as Updatable[]) await child.updateComplete;
}

/** No sideways scrolling: not the page, not the dialog, not its scrolling body, nor anything inside. */
function expectNoHorizontalScrolling(el: DhHelpPanel) {
  const problems: string[] = [];
  const page = document.scrollingElement!;
  if (page.scrollWidth > page.clientWidth) problems.push(`the page scrolls sideways (${page.scrollWidth} px)`);
  const dialog = el.shadowRoot!.querySelector('dialog')!;
  if (dialog.getBoundingClientRect().width > WIDTH) problems.push('the dialog is wider than the viewport');
  const inside = [dialog, ...deepElements(dialog)];
  for (const e of inside) {
    const { overflowX } = getComputedStyle(e);
    const { left, right, width, height } = e.getBoundingClientRect();
    // Visually hidden text (a box 1 px high or wide, clipped) is meant to be clipped.
    if (width <= 1 || height <= 1) continue;
    if (e.scrollWidth > e.clientWidth + 1 && overflowX !== 'visible')
      problems.push(
        `${label(e)} ${overflowX === 'hidden' || overflowX === 'clip' ? 'cuts off' : 'scrolls'} ${e.scrollWidth - e.clientWidth} px sideways`,
      );
    // Nothing sticks out at the sides of the viewport.
    if (width > 0 && (left < -0.5 || right > WIDTH + 0.5))
      problems.push(`${label(e)} reaches beyond the viewport (${Math.round(left)} to ${Math.round(right)} px)`);
  }
  expect(problems, `at 320 CSS px: ${problems.join('; ')}`).to.deep.equal([]);
}

/**
 * Tabs through the whole dialog: every button, link and field is reached, lies within the viewport's
 * width once focused, and is what a pointer would hit there (not covered, not clipped).
 */
async function expectEverythingReachable(el: DhHelpPanel) {
  // The content of a closed <details> is reached by opening it with its summary, which counts instead.
  const controls = deepElements(el.shadowRoot!).filter(
    (e) =>
      (e.matches('button:not([disabled]), a[href], textarea, select, summary, input:not([type="radio"])') ||
        e.matches('input[type="radio"]:checked')) &&
      !e.matches('details:not([open]) :not(summary)'),
  );
  expect(controls.length).to.be.greaterThan(5);
  const reached = new Set<Element>();
  const problems: string[] = [];
  el.shadowRoot!.querySelector<HTMLElement>('h2')!.focus();
  for (let i = 0; i < controls.length + 10 && reached.size < controls.length; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (!active || !controls.includes(active)) continue;
    reached.add(active);
    const rect = active.getBoundingClientRect();
    if (rect.left < -0.5 || rect.right > WIDTH + 0.5) problems.push(`${label(active)} is beyond the sides`);
    // The part of it that the viewport and the scrolling (clipping) boxes around it leave visible.
    let top = Math.max(rect.top, 0);
    let bottom = Math.min(rect.bottom, viewportHeight);
    for (let box = composedParent(active); box; box = composedParent(box)) {
      if (getComputedStyle(box).overflowY === 'visible') continue;
      top = Math.max(top, box.getBoundingClientRect().top);
      bottom = Math.min(bottom, box.getBoundingClientRect().bottom);
    }
    if (bottom - top < 1) {
      problems.push(`${label(active)} is not scrolled into view`);
      continue;
    }
    const x = Math.min(Math.max(rect.left + rect.width / 2, 0), WIDTH - 1);
    const hit = deepElementFromPoint(x, (top + bottom) / 2);
    if (!hit || !(active === hit || active.contains(hit) || hit.contains(active)))
      problems.push(`${label(active)} is covered by ${hit ? label(hit) : 'nothing'}`);
  }
  expect(problems).to.deep.equal([]);
  expect(controls.filter((c) => !reached.has(c)).map(label), 'controls the keyboard does not reach').to.deep.equal([]);
}

for (const height of HEIGHTS) {
  describe(`dh-help-panel at ${WIDTH} × ${height} CSS px${height === 256 ? ' (1280 × 1024 px at 400 % zoom)' : ''}`, () => {
    before(() => {
      viewportHeight = height;
      return setViewport({ width: WIDTH, height });
    });
    after(() => setViewport({ width: 800, height: 600 }));

    it('shows the page topic and its article without sideways scrolling, and every control is reachable', async () => {
      const el = await openPanel({});
      await waitUntil(
        () => el.shadowRoot!.querySelector('dh-article')?.shadowRoot?.querySelector('.content p'),
        'the article is not shown',
      );
      await settled(el);
      expectNoHorizontalScrolling(el);
      await expectEverythingReachable(el);
    });

    it('shows search results without sideways scrolling, and every result is reachable', async () => {
      const el = await openPanel({ query: 'Aktivierungsmail' });
      const search = el.shadowRoot!.querySelector('dh-help-search')!;
      await waitUntil(() => search.shadowRoot!.querySelector('.result'), 'no results');
      await settled(el);
      expectNoHorizontalScrolling(el);
      await expectEverythingReachable(el);
    });

    it('shows the first-steps wizard with its form without sideways scrolling, and every control is reachable', async () => {
      const el = await openPanel({ wizard: 'admin-first-setup' });
      await waitUntil(
        () =>
          el.shadowRoot!.querySelector('dh-wizard')?.shadowRoot?.querySelector('dh-wizard-bsp-access')?.shadowRoot
            ?.childElementCount,
        'the wizard is not shown',
      );
      await settled(el);
      expectNoHorizontalScrolling(el);
      await expectEverythingReachable(el);
    });

    for (const lang of ['de', 'en'] as const) {
      it(`shows every published ${lang === 'de' ? 'German' : 'English'} article without sideways scrolling`, async () => {
        const ids = new Set<string>();
        for (const role of ['admin', 'user']) {
          const index = (await (
            await fetch(`/api/help/index?lang=${lang}&role=${role}`)
          ).json()) as SerializedSearchIndex;
          for (const doc of index.docs) ids.add(doc.id);
        }
        expect(ids.size).to.be.greaterThan(10);
        const el = await openPanel({ lang, page: null });
        for (const articleId of ids) {
          el.state = { ...el.state, articleId };
          await waitUntil(
            () => el.shadowRoot!.querySelector('dh-article')?.article?.id === articleId,
            `${articleId} is not shown`,
          );
          await settled(el);
          try {
            expectNoHorizontalScrolling(el);
          } catch (error) {
            throw new Error(`${articleId}: ${(error as Error).message}`);
          }
        }
      });
    }
  });
}
