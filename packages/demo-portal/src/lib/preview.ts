// "Auf der Portalseite ansehen" in the studio opens a portal page with `?dh-preview=<id>&dh-lang=<lang>`: the
// page's panel shows the editor's unpublished text of that article. Only the editor's session can fetch it
// (the studio API answers other visitors 401 or 403); everyone else gets the published help as always.
import type { ResponseOf } from '@direkthilfe/core/api';
import { resolveLanguage } from '@direkthilfe/core/i18n/languages';

type PreviewArticle = ResponseOf<'GET /api/studio/articles/:id/:lang/preview'>;

interface Direkthilfe {
  setLanguage(lang: string): void;
  showArticle(id: string): void;
}

export async function showPreview(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const id = params.get('dh-preview');
  if (!id || !/^[a-z0-9-]{1,100}$/.test(id)) return;
  const lang = resolveLanguage(params.get('dh-lang') ?? undefined);
  const response = await fetch(`/api/studio/articles/${id}/${lang}/preview`, { credentials: 'same-origin' });
  if (!response.ok) return;
  const article = (await response.json()) as PreviewArticle;
  // The page's panel element, made here, is the one the embed script mounts (it takes one already there).
  const panel =
    document.querySelector('dh-help-panel') ?? document.body.appendChild(document.createElement('dh-help-panel'));
  Object.assign(panel, { preview: article });
  const direkthilfe = (window as unknown as { direkthilfe?: Direkthilfe }).direkthilfe;
  direkthilfe?.setLanguage(lang);
  direkthilfe?.showArticle(id);
}
