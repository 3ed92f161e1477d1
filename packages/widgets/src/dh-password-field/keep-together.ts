/**
 * The text with its ranges in parentheses kept whole: a word joiner after each dash, so a narrow screen
 * cannot break "(A–Z)" into "(A–" / "Z)". Screen readers ignore the joiner.
 */
export const keepTogether = (text: string): string =>
  text.replace(/\([^)]*\)/g, (range) => range.replace(/–/g, '–\u2060'));
