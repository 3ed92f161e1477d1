// Registers the strings of the help panel and its parts (search, view switch, article navigation).
import { registerLazyStrings, registerStrings } from './i18n.js';
import de from './locales/help.de.js';

registerStrings({ de });
registerLazyStrings('en', () => import('./locales/help.en.js'));
