// Registers the strings of the comment after "Nein": they load with the comment form, not with the panel.
import { registerStrings } from './i18n.js';
import de from './locales/comment.de.js';
import en from './locales/comment.en.js';

registerStrings({ de, en });
