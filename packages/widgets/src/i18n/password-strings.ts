// Registers the strings of the password field: its UI texts and the core messages (rules, strength).
import { coreResources } from '@direkthilfe/core/i18n/resources';
import { registerStrings } from './i18n.js';
import de from './locales/password.de.js';
import en from './locales/password.en.js';

registerStrings({ de, en });
registerStrings({ de: coreResources.de.core, en: coreResources.en.core }, 'core');
