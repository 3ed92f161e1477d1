export { DhPasswordField } from './dh-password-field/dh-password-field.js';
export type { PasswordChangeDetail } from './dh-password-field/dh-password-field.js';
export { DhArticle } from './dh-article/dh-article.js';
export type { ArticleContent, ArticleLinkDetail, FeedbackDetail, MenuPathDetail } from './dh-article/dh-article.js';
export { DhHelpLauncher } from './dh-help-launcher/dh-help-launcher.js';
export { DhHelpPanel } from './dh-help-panel/dh-help-panel.js';
export { DhHelpSearch } from './dh-help-search/dh-help-search.js';
export { DhRoleSwitch } from './dh-role-switch/dh-role-switch.js';
export { DhWizard } from './dh-wizard/dh-wizard.js';
