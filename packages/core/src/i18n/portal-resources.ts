import de from './locales/portal.de.js';
import en from './locales/portal.en.js';

/**
 * What the portal's pages and the wizard share (field messages, device and order words), in the core
 * namespace beside the password strings, but a module of its own: the password field does not carry them.
 */
export const portalResources = { de: { core: de }, en: { core: en } };
