// API client of the demo portal: same origin, JSON, German messages, CSRF token for every change.
// API strings never go into innerHTML: every helper here uses textContent and createElement.

const NETWORK_MESSAGE =
  'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.';

/** An error answer of the API: `{ code, message, fields? }`, with the HTTP status and the whole body. */
export class ApiError extends Error {
  constructor(status, data) {
    const body = data && typeof data === 'object' ? data : {};
    super(
      typeof body.message === 'string' && body.message
        ? body.message
        : `Es ist ein Fehler aufgetreten (Status ${status}). Bitte versuchen Sie es später erneut.`,
    );
    this.name = 'ApiError';
    this.status = status;
    this.code = typeof body.code === 'string' ? body.code : status === 0 ? 'network' : 'error';
    this.fields = body.fields && typeof body.fields === 'object' ? body.fields : undefined;
    this.data = body;
  }
}

let csrfToken;
let csrfRequest;

/** Fetches the CSRF token once; `renew` forces a new one (after a 403 `csrf`). */
async function csrf(renew = false) {
  if (renew) {
    csrfToken = undefined;
    csrfRequest = undefined;
  }
  if (csrfToken) return csrfToken;
  csrfRequest ??= send('GET', '/api/csrf-token').then(
    ({ data }) => {
      csrfToken = data?.token;
      return csrfToken;
    },
    (error) => {
      csrfRequest = undefined;
      throw error;
    },
  );
  return csrfRequest;
}

async function readBody(response) {
  if (response.status === 204 || response.status === 304) return null;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** One HTTP request; resolves to `{ status, data, headers }`, rejects with an ApiError (status 0 offline). */
async function send(method, path, body, extraHeaders) {
  const headers = new Headers({ Accept: 'application/json', 'Accept-Language': 'de' });
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  for (const [name, value] of Object.entries(extraHeaders ?? {})) headers.set(name, value);
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, { code: 'network', message: NETWORK_MESSAGE });
  }
  const data = await readBody(response);
  if (!response.ok && response.status !== 304) throw new ApiError(response.status, data);
  return { status: response.status, data, headers: response.headers };
}

const CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function request(method, path, body, { headers } = {}) {
  if (!CHANGING.has(method)) return (await send(method, path, body, headers)).data;
  const withToken = async (renew) => ({ ...headers, 'X-CSRF-Token': await csrf(renew) });
  try {
    return (await send(method, path, body, await withToken(false))).data;
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 403 && error.code === 'csrf')) throw error;
    return (await send(method, path, body, await withToken(true))).data;
  }
}

export const api = {
  get: (path, options) => request('GET', path, undefined, options),
  post: (path, body = {}, options) => request('POST', path, body, options),
  put: (path, body = {}, options) => request('PUT', path, body, options),
  patch: (path, body = {}, options) => request('PATCH', path, body, options),
  del: (path, options) => request('DELETE', path, undefined, options),
  /**
   * A conditional GET: sends `If-None-Match` when an ETag is known.
   * Resolves to `{ notModified: true }` on 304, else `{ notModified: false, data, etag }`.
   */
  async getIfChanged(path, etag) {
    const result = await send('GET', path, undefined, etag ? { 'If-None-Match': etag } : undefined);
    if (result.status === 304) return { notModified: true, etag };
    return { notModified: false, data: result.data, etag: result.headers.get('ETag') ?? undefined };
  },
};

/** True when the error means "not logged in". */
export const isUnauthenticated = (error) => error instanceof ApiError && error.status === 401;

// ---- Field errors -------------------------------------------------------------------------------

const ERROR_CLASS = 'field-error';

function controlsFor(form, name) {
  const item = form.elements.namedItem(name);
  if (item && typeof item.length === 'number' && !(item instanceof HTMLSelectElement)) return [...item];
  if (item) return [item];
  // Custom elements such as <dh-password-field> are not always in form.elements.
  return [...form.querySelectorAll(`[name="${CSS.escape(name)}"]`)];
}

function describe(control, id) {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  if (!ids.includes(id)) control.setAttribute('aria-describedby', [...ids, id].join(' '));
}

function undescribe(control, id) {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((x) => x && x !== id);
  if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
  else control.removeAttribute('aria-describedby');
}

function formKey(form) {
  if (!form.id) form.id = `form-${Math.random().toString(36).slice(2, 9)}`;
  return form.id;
}

function alertOf(form) {
  return form.querySelector('[role="alert"]');
}

/** Removes every field error and the alert text of a form. */
export function clearErrors(form) {
  for (const message of form.querySelectorAll(`.${ERROR_CLASS}`)) {
    for (const control of form.querySelectorAll(`[aria-describedby~="${message.id}"]`)) undescribe(control, message.id);
    message.remove();
  }
  const alert = alertOf(form);
  if (alert?.id) {
    for (const control of form.querySelectorAll(`[aria-describedby~="${alert.id}"]`)) undescribe(control, alert.id);
  }
  for (const control of form.querySelectorAll('[aria-invalid="true"]')) control.removeAttribute('aria-invalid');
  if (alert) alert.replaceChildren();
}

/**
 * Shows one message next to the field `name`; returns the first control, or undefined if there is none.
 * Without a text of its own (the API may send `''`), the field is marked and described by the form's alert.
 */
export function setFieldError(form, name, text) {
  const controls = controlsFor(form, name);
  if (!controls.length) return undefined;
  let id;
  if (text) {
    id = `${formKey(form)}-${name}-error`;
    let message = document.getElementById(id);
    if (!message) {
      message = document.createElement('p');
      message.id = id;
      message.className = ERROR_CLASS;
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
 * Shows an ApiError (or any `{ message, fields?, data? }`) in a form: each field message next to its field,
 * the general message (and `data.messages`, if any) in the form's alert. Focuses the first invalid field.
 */
export function showFieldErrors(form, error) {
  clearErrors(form);
  const unplaced = [];
  let first;
  for (const [name, text] of Object.entries(error?.fields ?? {})) {
    const control = setFieldError(form, name, String(text ?? ''));
    if (!control && text) unplaced.push(String(text));
    first ??= control;
  }
  const alert = alertOf(form);
  if (alert) {
    const text = document.createElement('p');
    text.textContent = error?.message ?? 'Es ist ein Fehler aufgetreten.';
    alert.append(text);
    const list = [...unplaced, ...(Array.isArray(error?.data?.messages) ? error.data.messages.map(String) : [])];
    if (list.length) {
      const ul = document.createElement('ul');
      for (const item of list) {
        const li = document.createElement('li');
        li.textContent = item;
        ul.append(li);
      }
      alert.append(ul);
    }
  }
  if (first && typeof first.focus === 'function') first.focus();
}

/** Errors of a login form: a wrong or expired password also marks the password field (described by the alert). */
export function showLoginError(form, error) {
  showFieldErrors(form, error);
  if (['invalid_credentials', 'temporary_password_expired'].includes(error?.code)) setFieldError(form, 'password', '');
}

// ---- Client-side check with German messages --------------------------------------------------------

function labelText(form, control) {
  const label = control.id ? form.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
  return (label?.textContent ?? control.name).replace(/\s*\(.*?\)\s*/g, ' ').trim();
}

function messageFor(form, control) {
  const v = control.validity;
  if (v.valueMissing) return `Bitte füllen Sie das Feld „${labelText(form, control)}“ aus.`;
  if (control.dataset.message && !v.valid) return control.dataset.message;
  if (v.typeMismatch && control.type === 'email') return 'Bitte geben Sie eine gültige E-Mail-Adresse ein.';
  if (v.rangeUnderflow || v.rangeOverflow) return 'Bitte wählen Sie ein Datum im erlaubten Zeitraum.';
  if (v.tooShort || v.tooLong) return `Die Eingabe im Feld „${labelText(form, control)}“ hat nicht die passende Länge.`;
  if (v.badInput) return `Bitte prüfen Sie das Feld „${labelText(form, control)}“.`;
  return `Bitte prüfen Sie das Feld „${labelText(form, control)}“.`;
}

/**
 * Checks the native constraints (required, type=email, min …) and shows German messages like API errors.
 * Returns true when the form may be sent. Custom elements are checked by the caller.
 */
export function validateForm(form) {
  const fields = {};
  for (const control of form.elements) {
    if (!control.name || control.disabled || typeof control.checkValidity !== 'function') continue;
    if (control.localName === 'dh-password-field' || fields[control.name]) continue;
    if (!control.checkValidity()) fields[control.name] = messageFor(form, control);
  }
  if (!Object.keys(fields).length) {
    clearErrors(form);
    return true;
  }
  showFieldErrors(form, { message: 'Bitte korrigieren Sie die markierten Eingaben.', fields });
  return false;
}

/** Runs a form action with the submit button disabled, and shows API errors in the form. */
export async function submitting(form, action, showError = showFieldErrors) {
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    await action();
  } catch (error) {
    showError(form, error);
  } finally {
    button.disabled = false;
  }
}
