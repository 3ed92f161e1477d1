// Registers the strings of the help panel and its parts (search, view switch, article navigation).
import { registerStrings } from './i18n.js';
import de from './locales/help.de.js';
import en from './locales/help.en.js';

registerStrings({ de, en });
