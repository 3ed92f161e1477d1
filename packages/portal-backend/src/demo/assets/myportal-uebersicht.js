// MyPortal overview: master data, phone number, assigned clients and devices from GET /api/me.
import { requireUser } from './layout.js';
import { el } from './dom.js';
import { kindText } from './labels.js';

function deviceItem(device) {
  const kind = kindText(device.kind);
  const label = device.label || device.model || kind;
  return el('li', {}, el('strong', { text: label }), label.includes(kind) ? '' : ` (${kind})`);
}

function render(me) {
  const workplace = me.workplace;
  if (!workplace) {
    document.getElementById('no-workplace').hidden = false;
    return;
  }
  const group = workplace.group && typeof workplace.group === 'object' ? workplace.group.name : workplace.group;
  document.getElementById('me-name').textContent = workplace.name || '–';
  document.getElementById('me-email').textContent = workplace.email || '–';
  document.getElementById('me-username').textContent = me.username || '–';
  document.getElementById('me-group').textContent = group || '–';
  document.getElementById('me-phone').textContent =
    workplace.phoneNumber || 'Ihnen ist noch keine Rufnummer zugeordnet.';
  const devices = Array.isArray(workplace.devices) ? workplace.devices : [];
  const list = document.getElementById('me-devices');
  list.replaceChildren(...devices.map(deviceItem));
  list.hidden = devices.length === 0;
  document.getElementById('me-no-devices').hidden = devices.length > 0;
  document.getElementById('workplace').hidden = false;
}

const me = await requireUser();
if (me) render(me);
