// Errors in the demo's forms: the API's messages at their fields, and the browser's own check with the
// wizard's messages. Text goes in through textContent only.
import { fieldMessage } from '@direkthilfe/core/forms/field-messages';
import { ApiCallError } from '@direkthilfe/core/http/json-client';
import type { DhPasswordField } from '@direkthilfe/widgets';
import { el } from './dom.js';
import { t } from './portal.js';

/** What a form shows: an ApiCallError, or the same shape from the page's own check. */
export interface FormError {
  message: string;
  code?: string;
  fields?: Record<string, string>;
  data?: Record<string, unknown>;
}

type Control = HTMLElement & { name?: string };

const ERROR_CLASS = 'field-error';

/** The message of a failed call; when the server was not reached, what to do about it. */
export const errorMessage = (error: unknown): string =>
  error instanceof ApiCallError ? (error.status === 0 ? t('form.network') : error.message) : t('form.network');

/** True when the error means "not logged in". */
export const isUnauthenticated = (error: unknown) => error instanceof ApiCallError && error.status === 401;

/** Any failure as a form error: the API's own, or the network message. */
const asFormError = (error: unknown): FormError =>
  error instanceof ApiCallError ? { ...error, message: errorMessage(error) } : (error as FormError);

function controlsFor(form: HTMLFormElement, name: string): Control[] {
  const item = form.elements.namedItem(name);
  if (item instanceof RadioNodeList) return [...item] as Control[];
  if (item) return [item as Control];
  // Custom elements such as <dh-password-field> are not always in form.elements.
  return [...form.querySelectorAll<Control>(`[name="${CSS.escape(name)}"]`)];
}

function describe(control: Element, id: string) {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  if (!ids.includes(id)) control.setAttribute('aria-describedby', [...ids, id].join(' '));
}

function undescribe(control: Element, id: string) {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((x) => x && x !== id);
  if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
  else control.removeAttribute('aria-describedby');
}

function formKey(form: HTMLFormElement) {
  if (!form.id) form.id = `form-${Math.random().toString(36).slice(2, 9)}`;
  return form.id;
}

const alertOf = (form: HTMLFormElement) => form.querySelector<HTMLElement>('[role="alert"]');

/** Removes every field error and the alert text of a form. */
export function clearErrors(form: HTMLFormElement) {
  for (const message of form.querySelectorAll(`.${ERROR_CLASS}`)) {
    for (const control of form.querySelectorAll(`[aria-describedby~="${message.id}"]`)) undescribe(control, message.id);
    message.remove();
  }
  const alert = alertOf(form);
  if (alert?.id) {
    for (const control of form.querySelectorAll(`[aria-describedby~="${alert.id}"]`)) undescribe(control, alert.id);
  }
  for (const control of form.querySelectorAll('[aria-invalid="true"]')) control.removeAttribute('aria-invalid');
  alert?.replaceChildren();
}

/**
 * Shows one message next to the field `name`; returns the first control, or undefined if there is none.
 * Without a text of its own (the API may send `''`), the field is marked and described by the form's alert.
 */
export function setFieldError(form: HTMLFormElement, name: string, text: string): Control | undefined {
  const controls = controlsFor(form, name);
  if (!controls.length) return undefined;
  let id: string | undefined;
  if (text) {
    id = `${formKey(form)}-${name}-error`;
    let message = document.getElementById(id);
    if (!message) {
      message = el('p', { id, class: ERROR_CLASS });
      // Next to the field: at the end of its .field wrapper or fieldset, else right after it.
      const host = controls[0].closest('.field, fieldset');
      if (host && form.contains(host)) host.append(message);
      else controls[0].after(message);
    }
    message.textContent = text;
  } else {
    const alert = alertOf(form);
    if (alert) {
      alert.id ||= `${formKey(form)}-alert`;
      id = alert.id;
    }
  }
  for (const control of controls) {
    // A custom element (such as <dh-password-field>) marks its own inner input; the message stays next to it.
    if (control.localName.includes('-')) continue;
    control.setAttribute('aria-invalid', 'true');
    if (id) describe(control, id);
  }
  return controls[0];
}

/**
 * Shows an error in a form: each field message next to its field, the general message (and
 * `data.messages` of a password policy answer) in the form's alert. Focuses the first invalid field.
 */
export function showFieldErrors(form: HTMLFormElement, failure: unknown) {
  const error = asFormError(failure);
  clearErrors(form);
  const unplaced: string[] = [];
  let first: Control | undefined;
  for (const [name, text] of Object.entries(error.fields ?? {})) {
    const control = setFieldError(form, name, text);
    if (!control && text) unplaced.push(text);
    first ??= control;
  }
  const alert = alertOf(form);
  if (alert) {
    alert.append(el('p', { text: error.message }));
    const messages = error.data?.messages;
    const list = [...unplaced, ...(Array.isArray(messages) ? messages.map(String) : [])];
    if (list.length)
      alert.append(
        el(
          'ul',
          {},
          list.map((item) => el('li', { text: item })),
        ),
      );
  }
  first?.focus();
}

/** Errors of a login form: a wrong or expired password also marks the password field (described by the alert). */
export function showLoginError(form: HTMLFormElement, failure: unknown) {
  showFieldErrors(form, failure);
  const code = (failure as FormError | undefined)?.code;
  if (code === 'invalid_credentials' || code === 'temporary_password_expired') setFieldError(form, 'password', '');
}

/** The text of a control's label, without a parenthesised "(optional)". */
function labelText(form: HTMLFormElement, control: HTMLInputElement | HTMLSelectElement) {
  const label = control.id ? form.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
  return (label?.textContent ?? control.name).replace(/\s*\(.*?\)\s*/g, ' ').trim();
}

/** The text of the control's hint (`<span class="hint" id="…-hint">`), which says what fits. */
function hintText(control: HTMLElement) {
  return document.getElementById(`${control.id}-hint`)?.textContent?.trim() || undefined;
}

/**
 * Checks the native constraints (required, type=email, pattern, min …) and shows the wizard's messages
 * like API errors. Returns true when the form may be sent. Custom elements are checked by the caller.
 */
export function validateForm(form: HTMLFormElement): boolean {
  const fields: Record<string, string> = {};
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
    if (!control.name || control.disabled || fields[control.name] || control.checkValidity()) continue;
    fields[control.name] = fieldMessage(t, control.validity, labelText(form, control), hintText(control));
  }
  if (!Object.keys(fields).length) {
    clearErrors(form);
    return true;
  }
  showFieldErrors(form, { message: t('form.invalid'), fields });
  return false;
}

/** Runs a form action with the submit button disabled, and shows API errors in the form. */
export async function submitting(
  form: HTMLFormElement,
  action: () => Promise<void>,
  showError: (form: HTMLFormElement, error: unknown) => void = showFieldErrors,
) {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  button.disabled = true;
  try {
    await action();
  } catch (error) {
    showError(form, error);
  } finally {
    button.disabled = false;
  }
}

/**
 * Whether a `<dh-password-field>` may be sent: it checks the whole policy while the user types (the server
 * judges it again). When not, and `report` is set, the form's alert and the field say why.
 */
export function passwordFieldValid(form: HTMLFormElement, field: DhPasswordField, report = true): boolean {
  if (!customElements.get('dh-password-field')) {
    showFieldErrors(form, {
      message: 'Das Passwortfeld wird noch geladen. Bitte versuchen Sie es gleich noch einmal.',
    });
    return false;
  }
  if (field.checkValidity()) return true;
  if (report) {
    showFieldErrors(form, { message: field.validationMessage || t('form.invalid') });
    field.reportValidity();
  }
  return false;
}
