/**
 * An id from text: lower case, umlauts spelled out, hyphens between words ("Passwort ändern" →
 * `passwort-aendern`); empty when nothing is left. Heading anchors and new articles' ids are made so.
 */
export const slugify = (text: string): string =>
  text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
