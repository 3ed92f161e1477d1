import { PortalClient } from '@direkthilfe/core/portal/portal-client';
import { StudioClient } from '@direkthilfe/core/studio/studio-client';
import { waitUntil } from '@open-wc/testing';

// A test file that signs in signs out at its end: the browser's cookies outlive the file, and the next file
// may expect to start without a session.
after(() => new StudioClient().logout().catch(() => undefined));

/** The password the browser tests give the demo's editor `redaktion`. */
export const EDITOR_PASSWORD = 'Nordsee.Welle-73';

/** The token of the demo editor's invitation, from the demo mailbox. */
export async function invitationToken(): Promise<string> {
  const outbox = new PortalClient();
  let link = '';
  await waitUntil(
    async () => {
      const mail = (await outbox.outbox()).find((m) => m.data.kind === 'editor-invitation');
      link = String(mail?.data.link ?? '');
      return link !== '';
    },
    'no invitation mail',
    { timeout: 30_000 },
  );
  return new URL(link).hash.replace('#token=', '');
}

/**
 * A studio client signed in as the demo editor: the invitation sets the password the first time (one
 * backend serves the whole test run), a login afterwards.
 */
export async function editorSession(): Promise<StudioClient> {
  const client = new StudioClient();
  try {
    await client.acceptInvitation(await invitationToken(), EDITOR_PASSWORD);
  } catch {
    await client.login('redaktion', EDITOR_PASSWORD);
  }
  return client;
}

/** An id no other test uses, for an article of its own. */
export const uniqueId = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
