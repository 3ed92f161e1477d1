export { DhPasswordField } from './dh-password-field/dh-password-field.js';
export type { PasswordChangeDetail } from './dh-password-field/dh-password-field.js';
