// The element classes and their types, defining nothing: for subclassing or registering under other names.
// To use an element, import its own module instead (`@direkthilfe/widgets/dh-help-panel.js`, …).
export { DhArticle } from './dh-article/dh-article.js';
export type { ArticleContent } from './dh-article/dh-article.js';
export { DhHelpLauncher } from './dh-help-launcher/dh-help-launcher.js';
export { DhHelpPanel } from './dh-help-panel/dh-help-panel.js';
export { DhHelpSearch } from './dh-help-search/dh-help-search.js';
export { DhPasswordField } from './dh-password-field/dh-password-field.js';
export { DhRoleSwitch } from './dh-role-switch/dh-role-switch.js';
export { DhWizard } from './dh-wizard/dh-wizard.js';
export type * from './events.js';
export type { Direkthilfe, EmbedOptions } from './embed/instance.js';
