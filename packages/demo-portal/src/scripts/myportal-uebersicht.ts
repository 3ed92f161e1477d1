// MyPortal overview: master data, phone number, assigned clients and devices from GET /api/me.
import type { Me, Workplace } from '@direkthilfe/core/portal/portal-client';
import { byId, el } from '../lib/dom.js';
import { requireUser } from '../lib/frame.js';
import { kindText } from '../lib/words.js';

function deviceItem(device: Workplace['devices'][number]) {
  const kind = kindText(device.kind);
  const label = device.label || device.model || kind;
  return el('li', {}, el('strong', { text: label }), label.includes(kind) ? '' : ` (${kind})`);
}

function render(me: Me) {
  const workplace = me.workplace;
  if (!workplace) {
    byId('no-workplace').hidden = false;
    return;
  }
  byId('me-name').textContent = workplace.name || '–';
  byId('me-email').textContent = workplace.email || '–';
  byId('me-username').textContent = me.username || '–';
  byId('me-group').textContent = workplace.group.name || '–';
  byId('me-phone').textContent = workplace.phoneNumber || 'Ihnen ist noch keine Rufnummer zugeordnet.';
  const list = byId('me-devices');
  list.replaceChildren(...workplace.devices.map(deviceItem));
  list.hidden = workplace.devices.length === 0;
  byId('me-no-devices').hidden = workplace.devices.length > 0;
  byId('workplace').hidden = false;
}

const me = await requireUser();
if (me) render(me);
