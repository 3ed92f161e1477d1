// Defines <dh-feedback-comment>. Import this module to use the element; import `./index.js` for the class alone.
import { DhFeedbackComment } from './dh-feedback-comment/dh-feedback-comment.js';
import { defineElement } from './shared/define.js';

export * from './dh-feedback-comment/dh-feedback-comment.js';

defineElement('dh-feedback-comment', DhFeedbackComment);
