import { createI18n } from '@direkthilfe/core/i18n/translator';
import { resolveLanguage, type Language } from '@direkthilfe/core/i18n/languages';
import type { ErrorCode } from '@direkthilfe/core/api/errors';

export type { ErrorCode };

/** Every API error code of the contract with its German and English message; field messages; notices. */
const de = {
  validation: 'Die Anfrage enthält ungültige Angaben.',
  invalid_json: 'Die Anfrage ist kein gültiges JSON.',
  unsupported_media_type: 'Bitte senden Sie die Daten als JSON (Content-Type: application/json).',
  body_too_large: 'Die Anfrage ist zu groß.',
  not_found: 'Diese Adresse gibt es nicht.',
  method_not_allowed: 'Diese Methode ist für diese Adresse nicht erlaubt.',
  unauthenticated: 'Bitte melden Sie sich an.',
  forbidden: 'Dafür fehlt Ihnen die Berechtigung.',
  password_change_required: 'Bitte vergeben Sie zuerst ein neues Passwort.',
  csrf: 'Die Sicherheitsprüfung der Anfrage ist fehlgeschlagen. Bitte laden Sie die Seite neu.',
  origin_not_allowed: 'Die Direkthilfe nimmt von dieser Website keine Rückmeldungen an.',
  rate_limited: 'Zu viele Versuche. Bitte warten Sie {{seconds}} Sekunden.',
  invalid_credentials: 'Benutzername oder Passwort ist falsch.',
  temporary_password_expired: 'Ihr temporäres Passwort ist abgelaufen. Bitte fordern Sie ein neues an.',
  password_policy: 'Das neue Passwort erfüllt nicht alle Regeln.',
  username_taken: 'Diesen Benutzernamen gibt es schon. Melden Sie sich an oder wählen Sie einen anderen.',
  activation_failed: 'Kundennummer oder Einmal-Passwort ist falsch oder wurde schon verwendet.',
  already_activated: 'Ihr Zugang ist bereits für ein Unternehmen freigeschaltet.',
  permission_required:
    'Bitte schalten Sie zuerst die Berechtigung mit dem Einmal-Passwort aus dem Willkommensbrief frei.',
  group_name_taken: 'Eine Gruppe mit diesem Namen gibt es schon.',
  group_not_found: 'Diese Gruppe gibt es nicht.',
  workplace_not_found: 'Diesen Arbeitsplatz gibt es nicht.',
  move_requires_recreate:
    'Ein aktivierter Arbeitsplatz kann nicht in eine andere Gruppe verschoben werden. Löschen Sie ihn und richten Sie ihn in der neuen Gruppe neu ein; löschen ist erst nach Ablauf der 30-tägigen Mindestvertragslaufzeit möglich.',
  minimum_term:
    'Dieser Arbeitsplatz kann erst nach Ablauf der 30-tägigen Mindestvertragslaufzeit gelöscht werden, also ab dem {{date}}.',
  activation_date_past:
    'Das Aktivierungsdatum liegt in der Vergangenheit. Wählen Sie „schnellstmöglich“ oder ein Datum ab morgen.',
  unknown_device_model: 'Dieses Endgerät kann nicht zugewiesen werden.',
  cart_item_not_found: 'Diese Position ist nicht (mehr) im Warenkorb.',
  cart_empty: 'Der Warenkorb ist leer.',
  cart_full:
    'Der Warenkorb ist voll: Er fasst höchstens {{limit}} Aufträge. Bestellen Sie diese zuerst und legen Sie danach weitere an.',
  invalid_id: 'Diese Adresse enthält keine gültige Nummer.',
  idempotency_key_required: 'Für eine Bestellung fehlt der Header „Idempotency-Key“.',
  device_not_found: 'Dieses Endgerät gibt es nicht.',
  unknown_flow: 'Diesen Einrichtungsassistenten gibt es nicht.',
  welcome_not_found: 'Dieser Link ist nicht mehr gültig. Melden Sie sich mit Ihrem Benutzernamen an.',
  article_not_found: 'Diesen Hilfeartikel gibt es nicht.',
  unknown_page: 'Für diese Seite gibt es keine Hilfe.',
  no_workplace: 'Ihrem Zugang ist kein Arbeitsplatz zugeordnet.',
  first_login_done:
    'Dieser Benutzer hat sich schon angemeldet und ein eigenes Passwort vergeben. Eine Aktivierungsmail braucht er nicht mehr.',
  login_locked:
    'Nach zu vielen fehlgeschlagenen Anmeldungen ist die Anmeldung mit dem eigenen Passwort gesperrt. Fordern Sie ein temporäres Passwort an und melden Sie sich damit an.',
  current_password_wrong: 'Das aktuelle Passwort ist falsch.',
  stale_write:
    'Diese Daten wurden inzwischen an anderer Stelle geändert. Bitte laden Sie die Seite neu und nehmen Sie Ihre Änderung noch einmal vor.',
  too_deep: 'Die Anfrage ist zu tief verschachtelt.',
  invalid_characters:
    'Die Angaben enthalten unzulässige Zeichen (zum Beispiel Steuerzeichen oder Zeichen, die die Schreibrichtung umkehren).',
  busy: 'Der Server ist gerade ausgelastet. Bitte versuchen Sie es in {{seconds}} Sekunden noch einmal.',
  revision_conflict:
    'Jemand anderes hat diesen Artikel inzwischen gespeichert. Ihr Text ist nicht verloren: Führen Sie beide Fassungen zusammen und speichern Sie erneut.',
  content_problems: 'Der Artikel kann so nicht veröffentlicht werden. Bitte beheben Sie zuerst die angezeigten Fehler.',
  publish_right_required: 'Zum Veröffentlichen fehlt Ihnen das Recht. Geben Sie den Artikel zur Prüfung.',
  invitation_not_found: 'Diese Einladung ist ungültig oder wurde schon verwendet. Bitte lassen Sie sich neu einladen.',
  unsupported_image: 'Bitte laden Sie ein Bild im Format PNG, JPEG oder WebP hoch.',
  image_too_large: 'Das Bild ist zu groß (höchstens 2 MB).',
  article_exists: 'Einen Artikel mit dieser ID gibt es schon. Bitte wählen Sie eine andere ID.',
  internal: 'Es ist ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal.',
  field: {
    required: 'Bitte füllen Sie dieses Feld aus.',
    email: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
    date: 'Bitte geben Sie ein Datum im Format JJJJ-MM-TT an.',
    tooShort: 'Bitte geben Sie mindestens {{limit}} Zeichen ein.',
    tooLong: 'Bitte geben Sie höchstens {{limit}} Zeichen ein.',
    type: 'Dieser Wert hat den falschen Typ.',
    unknown: 'Dieses Feld ist nicht vorgesehen.',
    invalid: 'Dieser Wert ist ungültig.',
    blank: 'Bitte geben Sie mehr als Leerzeichen ein.',
    characters: 'Dieser Text enthält unzulässige Zeichen (Steuerzeichen, Richtungswechsel oder ungültige Zeichen).',
  },
  temporaryPasswordAccepted:
    'Wenn es den Benutzernamen gibt, ist ein temporäres Passwort an die hinterlegte E-Mail-Adresse unterwegs. Es gilt 30 Minuten.',
} satisfies Record<ErrorCode, string> & { field: Record<string, string>; temporaryPasswordAccepted: string };

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const en: Shape<typeof de> = {
  validation: 'The request contains invalid data.',
  invalid_json: 'The request is not valid JSON.',
  unsupported_media_type: 'Please send the data as JSON (Content-Type: application/json).',
  body_too_large: 'The request is too large.',
  not_found: 'This address does not exist.',
  method_not_allowed: 'This method is not allowed for this address.',
  unauthenticated: 'Please sign in.',
  forbidden: 'You do not have permission for this.',
  password_change_required: 'Please set a new password first.',
  csrf: 'The security check of the request failed. Please reload the page.',
  origin_not_allowed: 'Direkthilfe accepts no feedback from this website.',
  rate_limited: 'Too many attempts. Please wait {{seconds}} seconds.',
  invalid_credentials: 'User name or password is wrong.',
  temporary_password_expired: 'Your temporary password has expired. Please request a new one.',
  password_policy: 'The new password does not meet all rules.',
  username_taken: 'This user name already exists. Sign in or choose another one.',
  activation_failed: 'Customer number or one-time password is wrong or has already been used.',
  already_activated: 'Your access is already unlocked for a company.',
  permission_required: 'Please first unlock the permission with the one-time password from the welcome letter.',
  group_name_taken: 'A group with this name already exists.',
  group_not_found: 'This group does not exist.',
  workplace_not_found: 'This workplace does not exist.',
  move_requires_recreate:
    'An activated workplace cannot be moved to another group. Delete it and set it up again in the new group; deleting is only possible after the 30-day minimum contract term.',
  minimum_term: 'This workplace can only be deleted after the 30-day minimum contract term, from {{date}}.',
  activation_date_past: 'The activation date is in the past. Choose "as soon as possible" or a date from tomorrow.',
  unknown_device_model: 'This device cannot be assigned.',
  cart_item_not_found: 'This item is not (or no longer) in the cart.',
  cart_empty: 'The cart is empty.',
  cart_full: 'The cart is full: it holds at most {{limit}} orders. Order these first, then add more.',
  invalid_id: 'This address does not contain a valid number.',
  idempotency_key_required: 'An order needs the "Idempotency-Key" header.',
  device_not_found: 'This device does not exist.',
  unknown_flow: 'This setup assistant does not exist.',
  welcome_not_found: 'This link is no longer valid. Sign in with your user name.',
  article_not_found: 'This help article does not exist.',
  unknown_page: 'There is no help for this page.',
  no_workplace: 'No workplace is assigned to your access.',
  first_login_done:
    'This user has signed in already and chosen an own password. No activation e-mail is needed any more.',
  login_locked:
    'After too many failed sign-ins, signing in with your own password is locked. Request a temporary password and sign in with it.',
  current_password_wrong: 'The current password is wrong.',
  stale_write:
    'This data has been changed elsewhere in the meantime. Please reload the page and make your change again.',
  too_deep: 'The request is nested too deeply.',
  invalid_characters:
    'The data contains characters that are not allowed (for example control characters or characters that reverse the writing direction).',
  busy: 'The server is busy right now. Please try again in {{seconds}} seconds.',
  revision_conflict:
    'Someone else has saved this article in the meantime. Your text is not lost: merge both versions and save again.',
  content_problems: 'The article cannot be published like this. Please fix the errors shown first.',
  publish_right_required: 'You do not have the right to publish. Submit the article for review.',
  invitation_not_found: 'This invitation is invalid or has already been used. Please ask for a new one.',
  unsupported_image: 'Please upload a PNG, JPEG or WebP image.',
  image_too_large: 'The image is too large (2 MB at most).',
  article_exists: 'An article with this ID already exists. Please choose another ID.',
  internal: 'Something went wrong. Please try again later.',
  field: {
    required: 'Please fill in this field.',
    email: 'Please enter a valid e-mail address.',
    date: 'Please give a date as YYYY-MM-DD.',
    tooShort: 'Please enter at least {{limit}} characters.',
    tooLong: 'Please enter at most {{limit}} characters.',
    type: 'This value has the wrong type.',
    unknown: 'This field is not expected.',
    invalid: 'This value is invalid.',
    blank: 'Please enter more than spaces.',
    characters: 'This text contains characters that are not allowed (control, direction or invalid characters).',
  },
  temporaryPasswordAccepted:
    'If the user name exists, a temporary password is on its way to the stored e-mail address. It is valid for 30 minutes.',
};

const i18n = createI18n({ de: { api: de }, en: { api: en } }, 'api');

/** The message for a key in the request's language. */
export function message(lang: Language, key: string, params: Record<string, unknown> = {}): string {
  return i18n.getFixedT(lang, 'api')(key, params);
}

/** German unless the client prefers English (`Accept-Language`). */
export function languageOf(acceptLanguage: string | undefined): Language {
  const first = (acceptLanguage ?? '').split(',')[0];
  return resolveLanguage(first);
}
