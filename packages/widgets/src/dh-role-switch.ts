// Defines <dh-role-switch>. Import this module to use the element; import `./index.js` for the class alone.
import { DhRoleSwitch } from './dh-role-switch/dh-role-switch.js';
import { defineElement } from './shared/define.js';

export * from './dh-role-switch/dh-role-switch.js';

defineElement('dh-role-switch', DhRoleSwitch);
