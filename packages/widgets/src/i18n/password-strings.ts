// Registers the strings of the password field: its UI texts and the core messages (rules, strength). The
// English ones load when a field first shows English, so that a German page does not download them.
import core from '@direkthilfe/core/i18n/locales/de';
import { registerLazyStrings, registerStrings } from './i18n.js';
import de from './locales/password.de.js';

registerStrings({ de });
registerStrings({ de: core }, 'core');
const english = () => import('./password-strings.en.js').then((module) => module.default);
registerLazyStrings('en', () => english().then(({ ui }) => ({ default: ui })));
registerLazyStrings('en', () => english().then(({ core }) => ({ default: core })), 'core');
