import type { Language } from '@direkthilfe/core/i18n/languages';
import type { Role } from '@direkthilfe/core/content/model';
import type { Session, WorkflowAction } from '@direkthilfe/core/studio/studio-client';
import type { FrontmatterFields } from '@direkthilfe/core/studio/frontmatter-form';
import type { HintKind } from '@direkthilfe/core/studio/markdown-edits';

// The studio's events, in the DOM's event maps like the widgets' ones (`dispatch` types them).

/** Detail of `dh-studio-session`: signed in (the session) or out (null). */
export interface StudioSessionDetail {
  session: Session | null;
}

/** Detail of `dh-studio-navigate`: a path below the studio's base, e.g. `artikel/kontakt/de`. */
export interface StudioNavigateDetail {
  path: string;
}

/** Detail of `dh-studio-input`: the editor's whole text after a change. */
export interface StudioInputDetail {
  value: string;
}

/** Detail of `dh-studio-fields`: the form's fields after a change. */
export interface StudioFieldsDetail {
  fields: Partial<FrontmatterFields>;
}

/** Detail of `dh-studio-suggestion`: "Meinten Sie …?" was chosen for a problem at a line. */
export interface StudioSuggestionDetail {
  line: number;
  suggestion: string;
}

/** Detail of `dh-studio-go-to-line`. */
export interface StudioLineDetail {
  line: number;
}

/** Detail of `dh-studio-insert`: what the toolbar inserts at the editor's selection. */
export type StudioInsertDetail =
  | { kind: 'hint'; hint: HintKind }
  | { kind: 'menu-path'; path: string[] }
  | { kind: 'article-link'; id: string; title: string }
  | { kind: 'image'; url: string; alt: string };

/** Detail of `dh-studio-preview-change`: where the preview shows the article. */
export interface StudioPreviewDetail {
  page: string;
  view: Role;
  lang: Language;
}

/** Detail of `dh-studio-restore`. */
export interface StudioRestoreDetail {
  number: number;
}

/** Detail of `dh-studio-merge`: the text the conflict view hands to the editor. */
export interface StudioMergeDetail {
  source: string;
}

/** Detail of `dh-studio-workflow`. */
export interface StudioWorkflowDetail {
  action: WorkflowAction;
  /** `schedule` only: when, ISO 8601. */
  publishAt?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dh-studio-session': CustomEvent<StudioSessionDetail>;
    'dh-studio-navigate': CustomEvent<StudioNavigateDetail>;
    'dh-studio-input': CustomEvent<StudioInputDetail>;
    'dh-studio-fields': CustomEvent<StudioFieldsDetail>;
    'dh-studio-suggestion': CustomEvent<StudioSuggestionDetail>;
    'dh-studio-go-to-line': CustomEvent<StudioLineDetail>;
    'dh-studio-insert': CustomEvent<StudioInsertDetail>;
    'dh-studio-preview-change': CustomEvent<StudioPreviewDetail>;
    'dh-studio-restore': CustomEvent<StudioRestoreDetail>;
    'dh-studio-merge': CustomEvent<StudioMergeDetail>;
    'dh-studio-workflow': CustomEvent<StudioWorkflowDetail>;
  }
}
