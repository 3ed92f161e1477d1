import { css } from 'lit';
import { EditorView } from '@codemirror/view';

export const styles = css`
  .editor {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }

  .editor:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;

/** CodeMirror's own look, in the studio's colours; its style sheets are adopted, so the strict CSP allows them. */
export const editorTheme = EditorView.theme({
  // The editor grows with the text (the page scrolls): a scrolling box inside would be one more region to reach.
  '&': { minHeight: '24rem', fontSize: '0.95rem', color: 'var(--_text)' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', lineHeight: '1.6' },
  '.cm-content': { padding: '0.5rem 0' },
  '.cm-gutters': { background: 'var(--_surface)', color: 'var(--_muted)', borderInlineEnd: '1px solid var(--_border)' },
  '.cm-activeLine': { background: 'color-mix(in srgb, var(--_accent) 6%, transparent)' },
  '.cm-activeLineGutter': { background: 'color-mix(in srgb, var(--_accent) 10%, transparent)' },
  '.cm-lintRange-error': { textDecoration: 'underline wavy var(--_danger)', backgroundImage: 'none' },
  '.cm-lintRange-warning': { textDecoration: 'underline wavy #8a5a00', backgroundImage: 'none' },
  '.cm-diagnostic': { fontFamily: 'inherit' },
  '.cm-diagnosticAction': {
    font: 'inherit',
    background: 'var(--_accent)',
    color: 'var(--_accent-contrast)',
    borderRadius: 'var(--_radius)',
    padding: '0.25rem 0.5rem',
  },
});
