// Defines <dh-wizard>. Import this module to use the element; import `./index.js` for the class alone.
import { defineStepElements } from './dh-wizard/steps/step-views.js';
import { DhWizard } from './dh-wizard/dh-wizard.js';
import { defineElement } from './shared/define.js';

export * from './dh-wizard/dh-wizard.js';

defineElement('dh-wizard', DhWizard);
defineStepElements();
