import { randomBytes } from 'node:crypto';
import { hashWelcomeToken } from '../../../packages/portal-backend/src/services/users.js';
import { TestPortalClient, type TestServer } from './portal-server.js';

export const EDITOR_PASSWORD = 'Redaktion.Tasse-42';

/**
 * Another editor account, invited and with its first password set through the store, as the invitation
 * link does it. `canPublish`: the right to publish (without it, only "Zur Prüfung geben").
 */
export async function createEditor(server: TestServer, username: string, { canPublish = true } = {}): Promise<void> {
  const { store, passwords } = server.app;
  const tokenHash = hashWelcomeToken(randomBytes(24).toString('base64url'));
  await store.users.createEditor({
    username,
    email: `${username}@cloud-pbx.example`,
    canPublish,
    welcomeTokenHash: tokenHash,
  });
  await store.users.acceptInvitation(tokenHash, await passwords.hash(EDITOR_PASSWORD));
}

/** A new editor account and a client logged in with it (`POST /api/auth/login` with the role `editor`). */
export async function editorClient(
  server: TestServer,
  username: string,
  options?: { canPublish?: boolean },
): Promise<TestPortalClient> {
  await createEditor(server, username, options);
  const client = new TestPortalClient(server.url);
  const { status } = await client.json('POST', '/api/auth/login', {
    username,
    password: EDITOR_PASSWORD,
    role: 'editor',
  });
  if (status !== 200) throw new Error(`the editor could not log in (${status})`);
  return client;
}
