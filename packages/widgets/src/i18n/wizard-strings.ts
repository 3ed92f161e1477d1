// Registers the strings of the onboarding wizards.
import { registerStrings } from './i18n.js';
import de from './locales/wizard.de.js';
import en from './locales/wizard.en.js';

registerStrings({ de, en });
