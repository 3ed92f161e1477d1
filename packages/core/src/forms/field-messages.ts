import type { Translate } from '../i18n/translator.js';

/** The part of the browser's `ValidityState` the messages look at (a plain object in Node). */
export interface FieldValidity {
  valueMissing: boolean;
  typeMismatch: boolean;
}

/**
 * The message for a field the browser's own check refused, before anything is sent: missing, not an
 * e-mail address, or else "please check" (with the field's hint, when it has one, saying what fits).
 * `t` translates the core namespace; the wizard and the demo portal pass their own.
 */
export function fieldMessage(t: Translate, validity: FieldValidity, label: string, hint?: string): string {
  if (validity.valueMissing) return t('form.required', { label });
  if (validity.typeMismatch) return t('form.email');
  return hint ? t('form.checkHint', { label, hint }) : t('form.check', { label });
}

/**
 * What is plainly wrong with a new password and its confirmation (undefined when nothing is); the
 * password policy itself is the server's to judge.
 */
export function passwordMessage(t: Translate, value: string, confirmation?: string): string | undefined {
  if (!value) return t('form.passwordMissing');
  if (confirmation !== undefined && confirmation !== value) return t('form.mismatch');
  return undefined;
}
