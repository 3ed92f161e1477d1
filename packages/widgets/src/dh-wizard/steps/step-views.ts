import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { Language } from '@direkthilfe/core/i18n/languages';
import type { PortalClient } from '@direkthilfe/core/portal/portal-client';
import type { DerivedState, SavedProgress } from '@direkthilfe/core/wizard/engine';
import { defineElement } from '../../shared/define.js';
import { DhWizardActivationMail } from './activation-mail.js';
import { DhWizardAddOrder } from './add-order.js';
import { DhWizardBspAccess } from './bsp-access.js';
import { DhWizardDeskPhone } from './desk-phone.js';
import { DhWizardEnterTemporaryPassword } from './enter-temporary-password.js';
import { DhWizardFollowOrder } from './follow-order.js';
import { DhWizardOrderCart } from './order-cart.js';
import { DhWizardOverview } from './overview.js';
import { DhWizardPlanGroups } from './plan-groups.js';
import { DhWizardRequestTemporaryPassword } from './request-temporary-password.js';
import { DhWizardSetPassword } from './set-password.js';
import { DhWizardSetUpWorkplace } from './set-up-workplace.js';
import { DhWizardUnlockPermission } from './unlock-permission.js';
import { DhWizardWelcome } from './welcome.js';

/** The form or live view each step embeds; steps without one link to the portal page instead. */
const STEP_ELEMENTS: Record<string, [StaticValue, CustomElementConstructor]> = {
  'bsp-access': [literal`dh-wizard-bsp-access`, DhWizardBspAccess],
  'unlock-permission': [literal`dh-wizard-unlock-permission`, DhWizardUnlockPermission],
  'plan-groups': [literal`dh-wizard-plan-groups`, DhWizardPlanGroups],
  'set-up-workplace': [literal`dh-wizard-set-up-workplace`, DhWizardSetUpWorkplace],
  'add-order': [literal`dh-wizard-add-order`, DhWizardAddOrder],
  'order-cart': [literal`dh-wizard-order-cart`, DhWizardOrderCart],
  'follow-order': [literal`dh-wizard-follow-order`, DhWizardFollowOrder],
  'activation-mail': [literal`dh-wizard-activation-mail`, DhWizardActivationMail],
  welcome: [literal`dh-wizard-welcome`, DhWizardWelcome],
  'request-temporary-password': [literal`dh-wizard-request-temporary-password`, DhWizardRequestTemporaryPassword],
  'enter-temporary-password': [literal`dh-wizard-enter-temporary-password`, DhWizardEnterTemporaryPassword],
  'set-password': [literal`dh-wizard-set-password`, DhWizardSetPassword],
  overview: [literal`dh-wizard-overview`, DhWizardOverview],
  'desk-phone': [literal`dh-wizard-desk-phone`, DhWizardDeskPhone],
};

/** Registers the steps' elements (by reference: modules imported only for their side effects would be dropped by bundlers). */
export function defineStepElements(): void {
  for (const [step, [, element]] of Object.entries(STEP_ELEMENTS)) defineElement(`dh-wizard-${step}`, element);
}

export interface StepViewProps {
  client: PortalClient;
  progress: SavedProgress;
  derived: DerivedState;
  lang: Language;
  demo: boolean;
}

export const hasStepView = (step: string) => step in STEP_ELEMENTS;

export function renderStepView(step: string, props: StepViewProps): unknown {
  const [tag] = STEP_ELEMENTS[step];
  return staticHtml`<${tag}
    .client=${props.client}
    .progress=${props.progress}
    .derived=${props.derived}
    .demo=${props.demo}
    .lang=${props.lang}
  ></${tag}>`;
}
