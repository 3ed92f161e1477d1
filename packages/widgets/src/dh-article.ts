// Defines <dh-article>. Import this module to use the element; import `./index.js` for the class alone.
import { DhArticle } from './dh-article/dh-article.js';
import { defineElement } from './shared/define.js';

export * from './dh-article/dh-article.js';

defineElement('dh-article', DhArticle);
