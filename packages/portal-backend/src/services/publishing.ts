import type { WorkflowBody } from '@direkthilfe/core/api/studio';
import { ApiError } from '../errors.js';
import type { Store, WorkflowChange } from '../store/types.js';
import { CONTENT_TOPIC } from './content-library.js';
import { ReleaseProblems, storeRelease, type LoadedRelease } from './content-release.js';

const conflict = (currentRevision: number) => new ApiError(409, 'revision_conflict', {}, { currentRevision });

/**
 * One step of the workflow on the revision the editor looked at. Publishing and unpublishing render a new
 * release in the same transaction, and return it: when the help would break (a link to an unpublished article,
 * say), nothing changes and the answer lists the problems.
 */
export async function changeWorkflow(
  store: Store,
  editor: { userId: number; username: string },
  id: string,
  lang: string,
  { action, revision, publishAt }: WorkflowBody,
  /** The release this node serves, which the next one is rendered from when it is the newest. */
  served?: LoadedRelease,
): Promise<LoadedRelease | undefined> {
  if (['publish', 'schedule', 'unpublish'].includes(action) && !(await store.users.canPublish(editor.userId))) {
    throw new ApiError(403, 'publish_right_required');
  }
  if (action === 'schedule' && !(publishAt && Date.parse(publishAt) > Date.now())) {
    throw new ApiError(422, 'validation', { publishAt: 'Bitte wählen Sie einen Zeitpunkt in der Zukunft.' });
  }
  const releases = action === 'publish' || action === 'unpublish';
  let stored: LoadedRelease | undefined;
  try {
    await store.transaction(async (tx) => {
      if (releases) await tx.content.lockPublishing();
      const current = await tx.content.get(id, lang);
      if (!current) throw new ApiError(404, 'article_not_found');
      if (current.head !== revision) throw conflict(current.head);
      const { publishedRevision } = current;
      const steps: Record<WorkflowBody['action'], Omit<WorkflowChange, 'updatedBy'>> = {
        submit: { status: 'review', publishedRevision, publishAt: null },
        // Back to where it stood before: live when the newest revision is the published one.
        withdraw: {
          status: publishedRevision === revision ? 'published' : 'draft',
          publishedRevision,
          publishAt: null,
        },
        schedule: { status: 'scheduled', publishedRevision, publishAt: publishAt ?? null },
        publish: { status: 'published', publishedRevision: revision, publishAt: null },
        unpublish: { status: 'draft', publishedRevision: null, publishAt: null },
      };
      const change: WorkflowChange = { ...steps[action], updatedBy: editor.username };
      if (!(await tx.content.setWorkflow(id, lang, revision, change))) throw conflict(revision + 1);
      if (releases) stored = await storeRelease(tx, { served });
    });
  } catch (error) {
    if (error instanceof ReleaseProblems) {
      throw new ApiError(
        422,
        'content_problems',
        {},
        {
          problems: error.problems.map(({ file, line, severity, message }) => ({ file, line, severity, message })),
        },
      );
    }
    throw error;
  }
  if (releases) await store.events.publish(CONTENT_TOPIC);
  return stored;
}

/**
 * Publishes the scheduled versions whose time has come (each once, on whichever node is first); `served` as for
 * `changeWorkflow`.
 */
export async function publishDue(store: Store, served?: LoadedRelease): Promise<number> {
  let published = 0;
  for (const due of await store.content.due(new Date().toISOString())) {
    try {
      await store.transaction(async (tx) => {
        await tx.content.lockPublishing();
        // Another node published it first, or the editor withdrew it or saved again meanwhile.
        const current = await tx.content.get(due.articleId, due.lang);
        if (current?.status !== 'scheduled' || current.head !== due.head) return;
        await tx.content.setWorkflow(due.articleId, due.lang, due.head, {
          status: 'published',
          publishedRevision: due.head,
          publishAt: null,
          updatedBy: 'Zeitplan',
        });
        await storeRelease(tx, { served });
        published++;
      });
    } catch (error) {
      if (!(error instanceof ReleaseProblems)) throw error;
      // A scheduled version that would break the help stays a draft; the editor sees it in the list.
      await store.content.setWorkflow(due.articleId, due.lang, due.head, {
        status: 'draft',
        publishedRevision: (await store.content.get(due.articleId, due.lang))?.publishedRevision ?? null,
        publishAt: null,
        updatedBy: 'Zeitplan',
      });
    }
  }
  if (published) await store.events.publish(CONTENT_TOPIC);
  return published;
}
