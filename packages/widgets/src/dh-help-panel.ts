// Defines <dh-help-panel>. Import this module to use the element; import `./index.js` for the class alone.
// The elements the panel renders.
import './dh-article.js';
import './dh-help-search.js';
import './dh-role-switch.js';
import { DhHelpPanel } from './dh-help-panel/dh-help-panel.js';
import { defineElement } from './shared/define.js';

export * from './dh-help-panel/dh-help-panel.js';

defineElement('dh-help-panel', DhHelpPanel);
