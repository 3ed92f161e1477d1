export { buildApp, CONTENT_SECURITY_POLICY } from './app.js';
export type { AppOptions } from './app.js';
export { configFromEnv, ConfigError } from './config.js';
export type { Config } from './config.js';
export { HelpContent } from './services/help-content.js';
export type { ContentBundle } from './services/help-content.js';
export { loadSources } from '@direkthilfe/content';
export { importContent } from './services/content-import.js';
export type { ImportReport } from './services/content-import.js';
