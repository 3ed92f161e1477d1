import type { LocaleShape } from '../i18n/resources.js';
import type { Translate } from '../i18n/translator.js';
import type { StrengthEstimate } from './strength.js';

// Our own words for zxcvbn-ts's feedback keys, in line with the policy: they never suggest special
// characters beyond _ - . and never say that capitals or digits are unnecessary (no text for "noNeed").
// They load with the strength estimate, which is the only thing that gives these keys.
const de = {
  warning: {
    straightRow: 'Tastenreihen wie „qwertz“ sind leicht zu erraten.',
    keyPattern: 'Kurze Muster auf der Tastatur sind leicht zu erraten.',
    simpleRepeat: 'Wiederholte Zeichen wie „aaa“ sind leicht zu erraten.',
    extendedRepeat: 'Wiederholte Zeichenfolgen wie „abcabc“ sind leicht zu erraten.',
    sequences: 'Folgen wie „abc“ oder „123“ sind leicht zu erraten.',
    recentYears: 'Jahreszahlen der letzten Jahre sind leicht zu erraten.',
    dates: 'Datumsangaben sind leicht zu erraten.',
    topTen: 'Dieses Passwort gehört zu den meistgenutzten überhaupt.',
    topHundred: 'Dieses Passwort wird sehr häufig verwendet.',
    common: 'Dieses Passwort wird häufig verwendet.',
    similarToCommon: 'Dieses Passwort ähnelt einem häufig verwendeten Passwort.',
    wordByItself: 'Ein einzelnes Wort ist leicht zu erraten.',
    namesByThemselves: 'Ein einzelner Vor- oder Nachname ist leicht zu erraten.',
    commonNames: 'Verbreitete Vor- und Nachnamen sind leicht zu erraten.',
    userInputs: 'Das Passwort enthält Angaben zu Ihrer Person, etwa Ihren Namen oder Benutzernamen.',
    pwned: 'Dieses Passwort ist durch ein Datenleck im Internet bekannt geworden.',
  },
  suggestion: {
    l33t: 'Ersetzen Sie Buchstaben nicht auf vorhersehbare Weise durch Ziffern, etwa „0“ für „o“.',
    reverseWords: 'Schreiben Sie bekannte Wörter nicht einfach rückwärts.',
    allUppercase: 'Schreiben Sie einige Buchstaben groß, aber nicht alle.',
    capitalization: 'Schreiben Sie nicht nur den ersten Buchstaben groß.',
    dates: 'Verzichten Sie auf Daten und Jahreszahlen, die mit Ihnen zu tun haben.',
    recentYears: 'Verzichten Sie auf Jahreszahlen der letzten Jahre.',
    associatedYears: 'Verzichten Sie auf Jahreszahlen, die mit Ihnen zu tun haben.',
    sequences: 'Verzichten Sie auf Folgen wie „abc“ oder „123“.',
    repeated: 'Verzichten Sie auf wiederholte Wörter und Zeichen.',
    longerKeyboardPattern: 'Verzichten Sie auf Muster auf der Tastatur; mehrere Wörter sind sicherer.',
    anotherWord: 'Fügen Sie ein weiteres, weniger gebräuchliches Wort hinzu.',
    useWords: 'Verbinden Sie mehrere Wörter, etwa mit „-“ oder „.“, aber keine bekannte Redewendung.',
    pwned: 'Nutzen Sie dieses Passwort auch anderswo, ändern Sie es dort ebenfalls.',
  },
};

const en: LocaleShape<typeof de> = {
  warning: {
    straightRow: 'Rows of keys such as “qwerty” are easy to guess.',
    keyPattern: 'Short keyboard patterns are easy to guess.',
    simpleRepeat: 'Repeated characters such as “aaa” are easy to guess.',
    extendedRepeat: 'Repeated sequences such as “abcabc” are easy to guess.',
    sequences: 'Sequences such as “abc” or “123” are easy to guess.',
    recentYears: 'Recent years are easy to guess.',
    dates: 'Dates are easy to guess.',
    topTen: 'This is one of the most used passwords of all.',
    topHundred: 'This password is used very often.',
    common: 'This password is used often.',
    similarToCommon: 'This password is similar to a commonly used one.',
    wordByItself: 'A single word is easy to guess.',
    namesByThemselves: 'A single first name or surname is easy to guess.',
    commonNames: 'Common first names and surnames are easy to guess.',
    userInputs: 'The password contains details about you, such as your name or user name.',
    pwned: 'This password became known through a data breach on the internet.',
  },
  suggestion: {
    l33t: 'Do not replace letters with digits in predictable ways, such as “0” for “o”.',
    reverseWords: 'Do not simply spell known words backwards.',
    allUppercase: 'Capitalise some letters, but not all of them.',
    capitalization: 'Capitalise more than the first letter.',
    dates: 'Avoid dates and years that have to do with you.',
    recentYears: 'Avoid recent years.',
    associatedYears: 'Avoid years that have to do with you.',
    sequences: 'Avoid sequences such as “abc” or “123”.',
    repeated: 'Avoid repeated words and characters.',
    longerKeyboardPattern: 'Avoid keyboard patterns; several words are safer.',
    anotherWord: 'Add another, less common word.',
    useWords: 'Join several words, for example with “-” or “.”, but not a well-known phrase.',
    pwned: 'If you use this password elsewhere, change it there too.',
  },
};

/** Resources for the core namespace (`password.feedback.*`), to add once the estimate has loaded. */
export const feedbackResources = { de: { password: { feedback: de } }, en: { password: { feedback: en } } };

/**
 * The strength feedback in our words: the warning and the first suggestion we have a text for.
 * `t` translates the core namespace with {@link feedbackResources} added.
 */
export function strengthFeedback(estimate: Pick<StrengthEstimate, 'warning' | 'suggestions'>, t: Translate): string {
  const text = (key: string) => t(key, { defaultValue: '' });
  const warning = estimate.warning ? text(`password.feedback.warning.${estimate.warning}`) : '';
  const suggestion = estimate.suggestions.map((key) => text(`password.feedback.suggestion.${key}`)).find(Boolean);
  return [warning, suggestion].filter(Boolean).join(' ');
}
