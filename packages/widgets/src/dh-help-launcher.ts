// Defines <dh-help-launcher>. Import this module to use the element; import `./index.js` for the class alone.
import { DhHelpLauncher } from './dh-help-launcher/dh-help-launcher.js';
import { defineElement } from './shared/define.js';

export * from './dh-help-launcher/dh-help-launcher.js';

defineElement('dh-help-launcher', DhHelpLauncher);
