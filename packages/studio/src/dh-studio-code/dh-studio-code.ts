import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Compartment, EditorSelection, EditorState } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { markdownKeymap } from '@codemirror/lang-markdown';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import type { ContentProblem } from '@direkthilfe/core/studio/studio-client';
import type { TextEdit } from '@direkthilfe/core/studio/markdown-edits';
import { suggestionEdit } from '@direkthilfe/core/studio/suggestions';
import { dispatch } from '@direkthilfe/widgets/shared/dispatch.js';
import { StudioElement } from '../shared/studio-element.js';
import { studioStyles } from '../shared/controls.styles.js';
import { articleLanguage } from './article-language.js';
import { editorTheme, styles } from './dh-studio-code.styles.js';

/** The smallest change that turns `from` into `to`: the part between their common start and end. */
function difference(from: string, to: string) {
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let end = 0;
  while (
    end < from.length - start &&
    end < to.length - start &&
    from[from.length - 1 - end] === to[to.length - 1 - end]
  )
    end++;
  return { from: start, to: from.length - end, insert: to.slice(start, to.length - end) };
}

/**
 * The Markdown editor: CodeMirror 6 with Markdown highlighting, line numbers and the content check's
 * problems at their lines (a mark in the gutter, the line underlined, the message on pointing; "Meinten
 * Sie …?" as the problem's action). Tab moves on to the next control, as everywhere else on the page.
 *
 * @tag dh-studio-code
 * @fires dh-studio-input - The text changed by typing or an edit. `detail: { value }`.
 */
@customElement('dh-studio-code')
export class DhStudioCode extends StudioElement {
  static override styles = [studioStyles, styles];

  /** The text. Setting it from outside changes only what differs, so the cursor stays where it was. */
  @property({ attribute: false }) value = '';

  /** The content check's findings, shown at their lines. */
  @property({ attribute: false }) problems: ContentProblem[] = [];

  /** The editor's accessible name. */
  @property() label = '';

  /** The language of the text, for the browser's spelling check. */
  @property({ attribute: 'text-lang' }) textLang = 'de';

  /** Id of an element (in the light DOM around) that describes the editor, e.g. the problem count. */
  @property({ attribute: false }) description = '';

  private view?: EditorView;
  /** A value set from outside is going into the editor: no input event for it. */
  private taking = false;
  private readonly ariaCompartment = new Compartment();

  /** The editor's own text, for `value` set from outside. */
  get text(): string {
    return this.view?.state.doc.toString() ?? this.value;
  }

  /** The selection as offsets in the text. */
  get selection(): { from: number; to: number } {
    const range = this.view?.state.selection.main;
    return { from: range?.from ?? 0, to: range?.to ?? 0 };
  }

  /** Applies an edit of the toolbar (or a suggestion), selects what it says and returns the focus to the text. */
  applyEdit(edit: Pick<TextEdit, 'from' | 'to' | 'insert'> & Partial<Pick<TextEdit, 'selection'>>): void {
    const view = this.view;
    if (!view) return;
    view.dispatch({
      changes: { from: edit.from, to: edit.to, insert: edit.insert },
      selection: edit.selection
        ? EditorSelection.single(edit.selection.anchor, edit.selection.head)
        : EditorSelection.cursor(edit.from + edit.insert.length),
      scrollIntoView: true,
      userEvent: 'input',
    });
    view.focus();
  }

  /** Puts the cursor at the start of a line (1-based) and focuses the text. */
  goToLine(line: number): void {
    const view = this.view;
    if (!view) return;
    const target = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
    view.dispatch({ selection: EditorSelection.cursor(target.from), scrollIntoView: true });
    view.focus();
  }

  override focus(): void {
    this.view?.focus();
  }

  protected override firstUpdated() {
    this.view = new EditorView({
      root: this.shadowRoot!,
      parent: this.renderRoot.querySelector<HTMLElement>('.editor')!,
      state: EditorState.create({
        doc: this.value,
        extensions: [
          lineNumbers(),
          lintGutter(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          EditorView.lineWrapping,
          articleLanguage,
          syntaxHighlighting(defaultHighlightStyle),
          keymap.of([...markdownKeymap, ...defaultKeymap, ...historyKeymap]),
          editorTheme,
          this.ariaCompartment.of(this.contentAttributes()),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged || this.taking) return;
            this.value = update.state.doc.toString();
            dispatch(this, 'dh-studio-input', { value: this.value });
          }),
        ],
      }),
    });
    this.showProblems();
  }

  private contentAttributes() {
    return EditorView.contentAttributes.of({
      'aria-label': this.label,
      lang: this.textLang,
      spellcheck: 'true',
      ...(this.description ? { 'aria-describedby': this.description } : {}),
    });
  }

  protected override updated(changed: Map<PropertyKey, unknown>) {
    const view = this.view;
    if (!view) return;
    if (changed.has('value') && this.value !== view.state.doc.toString()) {
      this.taking = true;
      try {
        view.dispatch({ changes: difference(view.state.doc.toString(), this.value) });
      } finally {
        this.taking = false;
      }
    }
    if (changed.has('label') || changed.has('description') || changed.has('textLang'))
      view.dispatch({ effects: this.ariaCompartment.reconfigure(this.contentAttributes()) });
    if (changed.has('problems') || changed.has('value')) this.showProblems();
  }

  /** The problems as CodeMirror diagnostics, each over its whole line. */
  private showProblems() {
    const view = this.view;
    if (!view) return;
    const doc = view.state.doc;
    const diagnostics: Diagnostic[] = this.problems
      .filter((problem) => problem.line <= doc.lines)
      .map((problem) => {
        const line = doc.line(problem.line);
        const suggestion = problem.suggestion;
        return {
          from: line.from,
          to: line.to,
          severity: problem.severity,
          message: problem.message,
          actions: suggestion
            ? [
                {
                  name: this.t('editor.problems.suggest', { suggestion }),
                  apply: (target: EditorView) => {
                    const edit = suggestionEdit(target.state.doc.toString(), problem.line, suggestion);
                    if (edit) target.dispatch({ changes: edit, userEvent: 'input' });
                  },
                },
              ]
            : [],
        };
      });
    view.dispatch(setDiagnostics(view.state, diagnostics));
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.view?.destroy();
    this.view = undefined;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Moved in the page: Lit keeps the shadow root, the editor is built again in it.
    if (this.hasUpdated && !this.view) this.firstUpdated();
  }

  override render(): unknown {
    return html`<div class="editor"></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dh-studio-code': DhStudioCode;
  }
}
