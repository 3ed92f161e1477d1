// The password field's English strings, UI and core in one chunk: loaded when a field first shows English.
import core from '@direkthilfe/core/i18n/locales/en';
import ui from './locales/password.en.js';

export default { ui, core };
