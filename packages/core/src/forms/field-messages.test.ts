import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { portalResources } from '../i18n/portal-resources.js';
import { createI18n, translatorFor } from '../i18n/translator.js';
import { fieldMessage, passwordMessage } from './field-messages.js';

const i18n = createI18n(portalResources, 'core');
const de = translatorFor(i18n, 'de', 'core');
const en = translatorFor(i18n, 'en', 'core');
const valid = { valueMissing: false, typeMismatch: false };

describe('field messages', () => {
  test('a missing value names the field, in either language', () => {
    assert.equal(
      fieldMessage(de, { ...valid, valueMissing: true }, 'Kundennummer'),
      'Bitte füllen Sie das Feld „Kundennummer“ aus.',
    );
    assert.equal(
      fieldMessage(en, { ...valid, valueMissing: true }, 'Customer number'),
      'Please fill in “Customer number”.',
    );
  });

  test('a mistyped e-mail address gets an example, missing wins over mistyped', () => {
    assert.match(
      fieldMessage(de, { ...valid, typeMismatch: true }, 'E-Mail-Adresse'),
      /gültige E-Mail-Adresse.*name@firma\.de/,
    );
    assert.equal(
      fieldMessage(de, { valueMissing: true, typeMismatch: true }, 'E-Mail-Adresse'),
      'Bitte füllen Sie das Feld „E-Mail-Adresse“ aus.',
    );
  });

  test('anything else asks to check the field, with its hint when there is one', () => {
    assert.equal(fieldMessage(de, valid, 'Benutzername'), 'Bitte prüfen Sie das Feld „Benutzername“.');
    assert.equal(
      fieldMessage(de, valid, 'Benutzername', '3 bis 60 Zeichen.'),
      'Bitte prüfen Sie das Feld „Benutzername“. 3 bis 60 Zeichen.',
    );
  });

  test('a password is missing, mistyped in its confirmation, or fine', () => {
    assert.equal(passwordMessage(de, ''), 'Bitte geben Sie ein Passwort ein.');
    assert.equal(
      passwordMessage(de, 'Kaffee.Tasse-52', 'Kaffee.Tasse-53'),
      'Die beiden Passwörter stimmen nicht überein.',
    );
    assert.equal(passwordMessage(en, 'Kaffee.Tasse-52', 'Kaffee.Tasse-52'), undefined);
    assert.equal(passwordMessage(de, 'Kaffee.Tasse-52'), undefined);
  });
});
