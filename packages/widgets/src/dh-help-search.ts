// Defines <dh-help-search>. Import this module to use the element; import `./index.js` for the class alone.
import { DhHelpSearch } from './dh-help-search/dh-help-search.js';
import { defineElement } from './shared/define.js';

export * from './dh-help-search/dh-help-search.js';

defineElement('dh-help-search', DhHelpSearch);
