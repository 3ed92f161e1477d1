import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.js';
import { addWorkplaceDevices } from './workplaces.js';
import { now } from '../db/database.js';
import { generatePassword, hashPassword } from '../auth/passwords.js';

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
    phone: '+49 228 471101-101',
    devices: ['komfort-410'],
    clients: ['desktop'],
    password: true,
  },
  {
    name: 'Tobias Wagner',
    username: 'tobias.wagner',
    phone: '+49 228 471101-102',
    devices: [],
    clients: ['desktop', 'mobile'],
    password: true,
  },
  {
    name: 'Anna Berger',
    username: 'anna.berger',
    phone: '+49 228 471101-103',
    devices: ['standard-210'],
    clients: ['desktop', 'mobile'],
    password: false,
  },
];

/**
 * Seeds an empty database once, and "sends" the welcome letter with the admin's one-time password to the
 * company's contact address (and prints it, so the demo can start without opening the outbox).
 */
export async function seedDemo(
  context: AppContext,
  log: FastifyBaseLogger,
  printWelcomeLetter: boolean,
): Promise<void> {
  const { db, mailer, config, scryptCost } = context;
  if ((db.prepare('SELECT COUNT(*) AS n FROM companies').get() as { n: number }).n > 0) return;
  const oneTimePassword = generatePassword();
  const otpHash = await hashPassword(oneTimePassword, scryptCost);
  const userPasswords = await Promise.all(
    WORKPLACES.map((w) => (w.password ? hashPassword(generatePassword(w.username), scryptCost) : null)),
  );
  const at = now();
  const activatedAt = new Date(Date.now() - 45 * 86_400_000).toISOString();
  db.transaction(() => {
    const { lastInsertRowid: companyId } = db
      .prepare(
        'INSERT INTO companies (customer_number, name, contact_email, street, postal_code, city, one_time_password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        COMPANY.customerNumber,
        COMPANY.name,
        COMPANY.contactEmail,
        COMPANY.street,
        COMPANY.postalCode,
        COMPANY.city,
        otpHash,
        at,
      );
    const { lastInsertRowid: groupId } = db
      .prepare('INSERT INTO groups (company_id, name, address, is_default, created_at) VALUES (?, ?, ?, 1, ?)')
      .run(
        companyId,
        `${COMPANY.city}, ${COMPANY.street}`,
        `${COMPANY.street}, ${COMPANY.postalCode} ${COMPANY.city}`,
        at,
      );
    WORKPLACES.forEach((w, index) => {
      const email = `${w.username}@muster-elektro.example`;
      const { lastInsertRowid: workplaceId } = db
        .prepare(
          'INSERT INTO workplaces (company_id, group_id, name, email, phone_number, activated_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(companyId, groupId, w.name, email, w.phone, activatedAt);
      db.prepare(
        "INSERT INTO users (username, email, role, password_hash, password_changed_at, company_id, workplace_id, created_at) VALUES (?, ?, 'user', ?, ?, ?, ?, ?)",
      ).run(w.username, email, userPasswords[index], userPasswords[index] ? at : null, companyId, workplaceId, at);
      addWorkplaceDevices(db, Number(workplaceId), w.username, w.devices, w.clients);
    });
  })();
  await mailer.send(COMPANY.contactEmail, {
    kind: 'welcome-letter',
    customerNumber: COMPANY.customerNumber,
    oneTimePassword,
    companyName: COMPANY.name,
    portalUrl: `${config.publicUrl}/admin/`,
  });
  log.info({ customerNumber: COMPANY.customerNumber }, 'demo company seeded; welcome letter sent');
  if (printWelcomeLetter) {
    // The demo's one deliberate exception to "no secrets on the console": the welcome letter itself.
    console.log(
      `\nWillkommensbrief an ${COMPANY.contactEmail}:\n  Kundennummer:    ${COMPANY.customerNumber}\n  Einmal-Passwort: ${oneTimePassword}\n  (auch im Postfach: ${config.publicUrl}/demo/postfach)\n`,
    );
  }
}
