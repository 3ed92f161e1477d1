import type { Role } from '@direkthilfe/core/content/model';
import type { RuleId } from '@direkthilfe/core/password/rules';
import type { HelpSnapshot } from '@direkthilfe/core/help/help-state';

// The detail of every `dh-*` event, and the events in the DOM's global event maps, so that
// `addEventListener('dh-feedback', (e) => e.detail.helpful)` is typed wherever an element is imported.

/** Detail of `dh-open` and `dh-close`. */
export interface PanelEventDetail {
  /** Page key of the page the panel opened or closed on. */
  page: string | null;
}

/** Detail of `dh-article-view`. */
export interface ArticleViewDetail {
  id: string;
  /** Language of the text shown, `de` or `en` (German stands in for a missing translation). */
  lang: string;
}

/** Detail of `dh-state-change`: the part of the panel's state the user changed. */
export type StateChangeDetail = Partial<HelpSnapshot>;

/** Detail of `dh-article-link`. */
export interface ArticleLinkDetail {
  id: string;
}

/** Detail of `dh-feedback`. */
export interface FeedbackDetail {
  id: string;
  helpful: boolean;
}

/** Detail of `dh-menu-path`. */
export interface MenuPathDetail {
  /** Page key of the menu entry. */
  page: string;
  /** Its URL, when it has one. */
  href: string | null;
  /** True while the menu path is pointed at or focused. */
  active: boolean;
}

/** Detail of `dh-search`. */
export interface SearchEventDetail {
  query: string;
  count: number;
}

/** Detail of `dh-result-select`. */
export interface ResultSelectDetail {
  id: string;
}

/** Detail of `dh-query-change`. */
export interface QueryChangeDetail {
  query: string;
}

/** Detail of `dh-role-change`. */
export interface RoleChangeDetail {
  role: Role;
}

/** Detail of `dh-password-change`. */
export interface PasswordChangeDetail {
  valid: boolean;
  failed: RuleId[];
  /** Strength 0–4, or null while it is not estimated yet. */
  score: number | null;
}

/** Detail of `dh-wizard-step`. */
export interface WizardStepDetail {
  flow: string;
  /** The step's id. */
  step: string;
  /** 1-based position of the step. */
  position: number;
  total: number;
}

/** Detail of `dh-wizard-close`. */
export interface WizardCloseDetail {
  flow: string;
  /** True when every step is done. */
  complete: boolean;
}

/** Detail of `dh-session-change`: the wizard signed the user in (registration, a login) or out. */
export interface SessionChangeDetail {
  authenticated: boolean;
}

/** Detail of `dh-wizard-navigate` (cancelable): the portal page the wizard goes to. */
export interface WizardNavigateDetail {
  url: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dh-open': CustomEvent<PanelEventDetail>;
    'dh-close': CustomEvent<PanelEventDetail>;
    'dh-article-view': CustomEvent<ArticleViewDetail>;
    'dh-state-change': CustomEvent<StateChangeDetail>;
    'dh-article-link': CustomEvent<ArticleLinkDetail>;
    'dh-feedback': CustomEvent<FeedbackDetail>;
    'dh-menu-path': CustomEvent<MenuPathDetail>;
    'dh-search': CustomEvent<SearchEventDetail>;
    'dh-result-select': CustomEvent<ResultSelectDetail>;
    'dh-query-change': CustomEvent<QueryChangeDetail>;
    'dh-role-change': CustomEvent<RoleChangeDetail>;
    /** On `document`: the one view state changed (the page's own view switch follows it). */
    'dh-view-change': CustomEvent<RoleChangeDetail>;
    'dh-password-change': CustomEvent<PasswordChangeDetail>;
    'dh-wizard-step': CustomEvent<WizardStepDetail>;
    'dh-wizard-close': CustomEvent<WizardCloseDetail>;
    'dh-session-change': CustomEvent<SessionChangeDetail>;
    'dh-wizard-navigate': CustomEvent<WizardNavigateDetail>;
  }
}

/** The names of Direkthilfe's events. */
export type DhEventName = Extract<keyof GlobalEventHandlersEventMap, `dh-${string}`>;

/** The detail of a Direkthilfe event. */
export type DhEventDetail<K extends DhEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;
