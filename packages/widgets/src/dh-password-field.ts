// Defines <dh-password-field>. Import this module to use the element; import `./index.js` for the class alone.
import { DhPasswordField } from './dh-password-field/dh-password-field.js';
import { defineElement } from './shared/define.js';

export * from './dh-password-field/dh-password-field.js';

defineElement('dh-password-field', DhPasswordField);
