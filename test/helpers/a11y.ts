import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** The rule sets of WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The animations and transitions in an element's tree, its shadow roots' trees included. */
const animations = (root: Element | ShadowRoot): Animation[] => [
  ...(root instanceof ShadowRoot ? root.getAnimations() : root.getAnimations({ subtree: true })),
  ...[...(root instanceof Element ? [root] : []), ...root.querySelectorAll('*')].flatMap((e) =>
    e.shadowRoot ? animations(e.shadowRoot) : [],
  ),
];

/**
 * Runs axe-core on an element (shadow roots included) and throws with a readable report on any violation.
 * Transitions finish first: a colour half-way between two states is no state the reader sees.
 */
export async function expectAccessible(element: Element): Promise<void> {
  // Endless ones (a blinking cursor) never finish, and need not.
  const ending = animations(element).filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime));
  await Promise.all(ending.map((a) => a.finished.catch(() => undefined)));
  const results = await window.axe.run(element, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
  });
  if (results.violations.length === 0) return;
  const report = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`,
  );
  throw new Error(`${results.violations.length} axe violation(s):\n${report.join('\n')}`);
}
