import type { FastifyInstance } from 'fastify';
import { addWorkplaceDevices, phoneNumber } from './workplaces.js';
import { generatePassword } from '../auth/passwords.js';
import { queueMail } from '../mail/outbox.js';
import { UniqueViolation } from '../store/errors.js';
import { newWelcomeToken } from './activation-mail.js';

/** The demo company: the contract address gives the default group; two active workplaces, one user waiting. */
const COMPANY = {
  customerNumber: '4711-0815-42',
  name: 'Muster Elektrotechnik GmbH',
  contactEmail: 'it@muster-elektro.example',
  street: 'Rheinuferstraße 12',
  postalCode: '53111',
  city: 'Bonn',
};

const WORKPLACES = [
  {
    name: 'Julia Schneider',
    username: 'julia.schneider',
    devices: ['komfort-410'],
    clients: ['desktop'],
    password: true,
  },
  {
    name: 'Tobias Wagner',
    username: 'tobias.wagner',
    devices: [],
    clients: ['desktop', 'mobile'],
    password: true,
  },
  {
    name: 'Anna Berger',
    username: 'anna.berger',
    devices: ['standard-210'],
    clients: ['desktop', 'mobile'],
    password: false,
  },
];

/** The demo's editor of the help content, with the right to publish. */
export const EDITOR = { username: 'redaktion', email: 'redaktion@cloud-pbx.example' };

/** The welcome letter of a freshly seeded demo: what `npm start` shows on the console. */
export interface WelcomeLetter {
  to: string;
  customerNumber: string;
  oneTimePassword: string;
}

/**
 * Seeds an empty database once, and "sends" the welcome letter with the admin's one-time password to the
 * company's contact address (and returns it, so that `npm start` can show it without the mailbox). Several
 * nodes starting at once on an empty database seed it once: the customer number is unique.
 */
export async function seedDemo(app: FastifyInstance): Promise<WelcomeLetter | null> {
  const { store, config, passwords, log } = app;
  if ((await store.companies.count()) > 0) return null;
  const oneTimePassword = generatePassword();
  const otpHash = await passwords.hash(oneTimePassword);
  const userPasswords = await Promise.all(
    WORKPLACES.map((w) => (w.password ? passwords.hash(generatePassword(w.username)) : null)),
  );
  const activatedAt = new Date(Date.now() - 45 * 86_400_000).toISOString();
  try {
    await store.transaction(async (tx) => {
      const companyId = await tx.companies.create({ ...COMPANY, oneTimePasswordHash: otpHash });
      const groupId = await tx.groups.create(companyId, {
        name: `${COMPANY.city}, ${COMPANY.street}`,
        address: `${COMPANY.street}, ${COMPANY.postalCode} ${COMPANY.city}`,
        isDefault: true,
      });
      for (const [index, w] of WORKPLACES.entries()) {
        const email = `${w.username}@muster-elektro.example`;
        const extension = await tx.companies.allocateExtension(companyId, 999);
        const workplaceId = await tx.workplaces.create({
          companyId,
          groupId,
          name: w.name,
          email,
          phoneNumber: phoneNumber(companyId, extension!),
          activatedAt,
          orderId: null,
        });
        await tx.users.createWorkplaceUser({
          username: w.username,
          email,
          companyId,
          workplaceId,
          passwordHash: userPasswords[index],
        });
        await addWorkplaceDevices(tx, workplaceId, w.username, w.devices, w.clients);
      }
      // The help's editor, invited to the studio: the link in the mail sets the first password.
      const invitation = newWelcomeToken();
      await tx.users.createEditor({ ...EDITOR, canPublish: true, welcomeTokenHash: invitation.hash });
      await queueMail(tx, {
        key: `editor-invitation:${EDITOR.username}`,
        to: EDITOR.email,
        data: {
          kind: 'editor-invitation',
          username: EDITOR.username,
          link: `${config.publicUrl}/redaktion/einladung#token=${invitation.token}`,
        },
      });
      await queueMail(tx, {
        key: `welcome-letter:${COMPANY.customerNumber}`,
        to: COMPANY.contactEmail,
        data: {
          kind: 'welcome-letter',
          customerNumber: COMPANY.customerNumber,
          oneTimePassword,
          companyName: COMPANY.name,
          portalUrl: `${config.publicUrl}/admin/`,
        },
      });
    });
  } catch (error) {
    // Another node seeded it in the meantime.
    if (error instanceof UniqueViolation || (await store.companies.count()) > 0) return null;
    throw error;
  }
  log.info({ customerNumber: COMPANY.customerNumber }, 'demo company seeded; welcome letter queued');
  return { to: COMPANY.contactEmail, customerNumber: COMPANY.customerNumber, oneTimePassword };
}
