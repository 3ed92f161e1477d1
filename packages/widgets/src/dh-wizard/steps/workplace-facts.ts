import { html } from 'lit';
import type { Translate } from '@direkthilfe/core/i18n/translator';
import type { DeviceModels, Group, WorkplaceDraft } from '@direkthilfe/core/portal/portal-client';

/** A workplace order as people read it: the same facts in the order step and in the cart. */
export interface WorkplaceFacts {
  name: string;
  email: string;
  groupName: string;
  deviceLabels: string[];
  clientLabels: string[];
  /** "schnellstmöglich" or the date; left out before it is chosen. */
  activation?: string;
}

/** The facts of a draft, with the names of its group, desk phones and clients. */
export function draftFacts(draft: WorkplaceDraft, groups: Group[], models: DeviceModels): WorkplaceFacts {
  const label = <T>(list: T[], key: keyof T, value: string) =>
    String(list.find((entry) => String(entry[key]) === value)?.['label' as keyof T] ?? value);
  return {
    name: draft.name,
    email: draft.email,
    groupName: groups.find((group) => group.id === draft.groupId)?.name ?? '',
    deviceLabels: draft.devices.map((model) => label(models.deskPhones, 'model', model)),
    clientLabels: draft.clients.map((id) => label(models.clients, 'id', id)),
  };
}

export function renderWorkplaceFacts(facts: WorkplaceFacts, t: Translate) {
  const none = t('wizard.cart.none');
  return html`<dl>
    <dt>${t('wizard.fields.name')}</dt>
    <dd>${facts.name}</dd>
    <dt>${t('wizard.fields.email')}</dt>
    <dd class="value">${facts.email}</dd>
    <dt>${t('wizard.fields.group')}</dt>
    <dd>${facts.groupName}</dd>
    <dt>${t('wizard.fields.devices')}</dt>
    <dd>${facts.deviceLabels.join(', ') || none}</dd>
    <dt>${t('wizard.fields.clients')}</dt>
    <dd>${facts.clientLabels.join(', ') || none}</dd>
    ${
      facts.activation
        ? html`<dt>${t('wizard.fields.activation')}</dt>
            <dd>${facts.activation}</dd>`
        : ''
    }
  </dl>`;
}
