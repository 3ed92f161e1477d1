// Registers the strings of the onboarding wizards, and the core strings they share with the portal pages
// (field messages, device and order words).
import { portalResources } from '@direkthilfe/core/i18n/portal-resources';
import { registerStrings } from './i18n.js';
import de from './locales/wizard.de.js';
import en from './locales/wizard.en.js';

registerStrings({ de, en });
registerStrings({ de: portalResources.de.core, en: portalResources.en.core }, 'core');
