import { generatePassword } from '../auth/passwords.js';
import type { DeviceKind, NewDevice, StoreParts, WorkplaceRecord } from '../store/types.js';

/** The desk phones and clients a workplace can get. */
export const DESK_PHONES = [
  { model: 'komfort-410', label: 'Tischtelefon Komfort 410' },
  { model: 'standard-210', label: 'Tischtelefon Standard 210' },
  { model: 'konferenz-600', label: 'Konferenztelefon 600' },
];
export const CLIENTS = [
  { id: 'desktop', label: 'Desktop-Client' },
  { id: 'mobile', label: 'Mobile-Client' },
] as const;

export const MINIMUM_TERM_DAYS = 30;

export const deviceLabel = (kind: string, model: string | null) =>
  kind === 'desk-phone'
    ? (DESK_PHONES.find((p) => p.model === model)?.label ?? model ?? '')
    : (CLIENTS.find((c) => c.id === kind)?.label ?? kind);

export function deletableFrom(activatedAt: string): string {
  return new Date(Date.parse(activatedAt) + MINIMUM_TERM_DAYS * 86_400_000).toISOString().slice(0, 10);
}

/** A company's number block: `+49 228 4711<company>-<extension>`, extensions 100 to 999. */
export const phoneNumber = (companyId: number, extension: number) =>
  `+49 228 4711${String(companyId).padStart(2, '0')}-${extension}`;

/** A workplace as the API shows it: devices with their labels, and when it can be deleted. */
export const workplaceView = (w: WorkplaceRecord) => ({
  ...w,
  devices: w.devices.map((d) => ({ ...d, label: deviceLabel(d.kind, d.model) })),
  deletableFrom: deletableFrom(w.activatedAt),
});

/** A workplace's desk phones, each with its own first-login data, and its clients. */
export async function addWorkplaceDevices(
  store: Pick<StoreParts, 'devices'>,
  workplaceId: number,
  username: string,
  deskPhones: string[],
  clients: string[],
): Promise<void> {
  const devices: NewDevice[] = [
    ...deskPhones.map((model, index) => ({
      kind: 'desk-phone' as const,
      model,
      loginName: `${username}-${index + 1}@sip.cloud-pbx.example`,
      loginSecret: generatePassword(),
    })),
    ...clients.map((client) => ({ kind: client as DeviceKind, model: null, loginName: null, loginSecret: null })),
  ];
  await store.devices.add(workplaceId, devices);
}
