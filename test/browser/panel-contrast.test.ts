import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { contrastRatio, parseRgb, type Theme } from '@direkthilfe/core/theme/scheme';
import { expectAccessible } from '../helpers/a11y.js';
import { openPanelState } from '../helpers/help-snapshot.js';
import '../../packages/widgets/src/dh-help-panel.js';
import type { DhHelpPanel } from '../../packages/widgets/src/dh-help-panel/dh-help-panel.js';

// Every theming combination docs/embedding.md documents: theme light, dark or auto, the system's light or
// dark scheme, and the host's own colours (none, only a brand accent, a complete light or dark palette).
// In each, every text colour of the panel meets 4.5:1 on its surface, and axe finds nothing in the open
// panel with its article (the real help API).

const HOST_THEMES: Record<string, Record<string, string>> = {
  none: {},
  accent: { '--dh-color-accent': '#00509e', '--dh-color-accent-contrast': '#ffffff' },
  light: {
    '--dh-color-surface': '#ffffff',
    '--dh-color-text': '#1d1d1f',
    '--dh-color-text-muted': '#4d4d52',
    '--dh-color-accent': '#00509e',
    '--dh-color-border': '#6e6e73',
  },
  dark: {
    '--dh-color-surface': '#121417',
    '--dh-color-text': '#ececef',
    '--dh-color-text-muted': '#b9b9c0',
    '--dh-color-accent': '#8ab8f0',
    '--dh-color-accent-contrast': '#0b1a2b',
    '--dh-color-border': '#8a8a93',
  },
};

/** theme → host palettes that fit it (a dark host palette under theme="light" is the host's own contradiction). */
const COMBINATIONS: [Theme, string[]][] = [
  ['auto', ['none', 'accent', 'light', 'dark']],
  ['light', ['none', 'accent', 'light']],
  ['dark', ['none', 'dark']],
];

/** A token as the panel resolves it, read through an element in its shadow root. */
function token(panel: DhHelpPanel, name: string) {
  const probe = document.createElement('span');
  probe.style.color = `var(${name})`;
  panel.shadowRoot!.append(probe);
  const colour = parseRgb(getComputedStyle(probe).color)!;
  probe.remove();
  return colour;
}

describe('dh-help-panel contrast in every documented theming combination', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  after(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const system of ['light', 'dark'] as const) {
    for (const [theme, hosts] of COMBINATIONS) {
      for (const host of hosts) {
        it(`theme="${theme}", system ${system}, host colours: ${host}`, async () => {
          await emulateMedia({ colorScheme: system });
          const el = await fixture<DhHelpPanel>(html`<dh-help-panel no-dock theme=${theme}></dh-help-panel>`);
          for (const [name, value] of Object.entries(HOST_THEMES[host])) el.style.setProperty(name, value);
          el.state = openPanelState();
          await waitUntil(
            () => el.shadowRoot!.querySelector('dh-article')?.shadowRoot?.querySelector('.content p'),
            'no article',
          );
          const surface = token(el, '--_panel-bg');
          const failing = ['--_text', '--_muted', '--_accent', '--_danger', '--_success']
            .map((name) => [name, contrastRatio(token(el, name), surface)] as const)
            .concat([
              [
                '--_accent-contrast on --_accent',
                contrastRatio(token(el, '--_accent-contrast'), token(el, '--_accent')),
              ],
            ])
            .filter(([, ratio]) => ratio < 4.5)
            .map(([name, ratio]) => `${name} ${ratio.toFixed(2)}:1`);
          expect(failing).to.deep.equal([]);
          expect(contrastRatio(token(el, '--_focus'), surface), 'focus ring').to.be.at.least(3);
          await expectAccessible(el);
        });
      }
    }
  }
});
