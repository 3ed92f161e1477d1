export { DhPasswordField } from './dh-password-field/dh-password-field.js';
export type { PasswordChangeDetail } from './dh-password-field/dh-password-field.js';
export { DhArticle } from './dh-article/dh-article.js';
export type { ArticleContent, ArticleLinkDetail } from './dh-article/dh-article.js';
