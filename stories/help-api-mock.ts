// A mocked help API for the panel's stories, so that they need no server. It answers only requests below
// its own base URL (`mockHelpApi(mode)` as the panel's `api-base`); every other request goes to the real
// fetch. Not used outside the stories.
import type { ArticleSummary, HelpArticle, PageContext } from '@direkthilfe/core/help/api-client';
import { buildSearchIndex } from '@direkthilfe/core/search/build-index';

const BASE = '/__mock-help-api';

/** How the mocked API behaves: answers, never answers (loading), or cannot be reached (offline). */
export type MockMode = 'ok' | 'loading' | 'offline';

/** The `api-base` of a panel that talks to the mocked API. */
export const mockHelpApi = (mode: MockMode): string => `${BASE}/${mode}`;

type Role = 'admin' | 'user';

interface MockArticle {
  id: string;
  title: string;
  summary: string;
  roles: Role[];
  html: string;
  guide?: { prev?: string; next?: string };
}

const articles: MockArticle[] = [
  {
    id: 'admin-auftrag-hinzufuegen',
    title: 'Aktivierungsdatum wählen und Auftrag hinzufügen',
    summary: 'Ein Arbeitsplatz kommt mit seinem Aktivierungsdatum als Auftrag in den Warenkorb.',
    roles: ['admin'],
    html: `<p>Wählen Sie das Aktivierungsdatum und klicken Sie auf <strong>Auftrag hinzufügen</strong>.</p>`,
    guide: { next: 'admin-warenkorb-bestellen' },
  },
  {
    id: 'admin-warenkorb-bestellen',
    title: 'Warenkorb prüfen und kostenpflichtig bestellen',
    summary: 'Prüfen Sie jede Auftragsposition und bestellen Sie kostenpflichtig.',
    roles: ['admin'],
    html: `<p>Nachdem Sie auf <strong>Auftrag hinzufügen</strong> geklickt haben, liegt der Auftrag im Warenkorb.</p>
<h2 id="dh-c-warenkorb-oeffnen">Warenkorb öffnen</h2>
<ul><li>Klicken Sie auf <strong>Warenkorb</strong>.</li>
<li>Oder wählen Sie <a class="dh-menu-path" href="/admin/warenkorb" data-dh-page="admin/warenkorb">Mein Unternehmen → Kontingente &amp; Auftragsstatus → Warenkorb</a>.</li></ul>
<aside class="dh-hint dh-hint-achtung"><p class="dh-hint-title"><strong>Achtung</strong>: Der Warenkorb gilt nur für diese Sitzung</p><p>Melden Sie sich ab, ohne zu bestellen, verfällt der Warenkorb.</p></aside>
<p>Mehr dazu unter <a href="?dh-article=admin-auftragsstatus" data-dh-article="admin-auftragsstatus">Auftragsstatus verfolgen</a>.</p>`,
    guide: { prev: 'admin-auftrag-hinzufuegen', next: 'admin-auftragsstatus' },
  },
  {
    id: 'admin-auftragsstatus',
    title: 'Auftragsstatus verfolgen',
    summary: 'Unter Auftragsstatus sehen Sie, wann ein Auftrag ausgeführt wird.',
    roles: ['admin'],
    html: `<p>Unter <strong>Auftragsstatus</strong> sehen Sie jeden Auftrag mit seinem Ausführungsdatum.</p>`,
    guide: { prev: 'admin-warenkorb-bestellen' },
  },
  {
    id: 'user-tischtelefon',
    title: 'Am Tischtelefon anmelden',
    summary: 'Melden Sie sich mit Ihrer Durchwahl und Ihrer PIN am Tischtelefon an.',
    roles: ['user'],
    html: `<ol><li>Drücken Sie die Taste <kbd>Menü</kbd>.</li><li>Geben Sie Ihre Durchwahl und Ihre PIN ein.</li></ol>`,
  },
  {
    id: 'passwort-regeln',
    title: 'Regeln für Ihr Passwort',
    summary: 'Ein Passwort braucht mindestens zwölf Zeichen.',
    roles: ['admin', 'user'],
    html: `<p>Ein Passwort braucht mindestens zwölf Zeichen und darf nicht zu den häufigen Passwörtern gehören.</p>`,
  },
];

const pages: Record<string, { parts: string[]; primary: string | null; related: string[] }> = {
  'admin/warenkorb': {
    parts: ['Mein Unternehmen', 'Kontingente & Auftragsstatus', 'Warenkorb'],
    primary: 'admin-warenkorb-bestellen',
    related: ['admin-auftrag-hinzufuegen', 'admin-auftragsstatus'],
  },
  'admin/auftraege': {
    parts: ['Mein Unternehmen', 'Kontingente & Auftragsstatus'],
    primary: 'admin-auftragsstatus',
    related: ['admin-warenkorb-bestellen'],
  },
  'user/endgeraete': {
    parts: ['Meine Einstellungen', 'Endgeräte'],
    primary: 'user-tischtelefon',
    related: ['passwort-regeln'],
  },
  'demo/start': { parts: ['Start'], primary: null, related: [] },
};

const byId = new Map(articles.map((a) => [a.id, a]));
const summary = (id: string | undefined): ArticleSummary | null => {
  const article = id ? byId.get(id) : undefined;
  return article ? { id: article.id, title: article.title, summary: article.summary } : null;
};

const index = buildSearchIndex(
  articles.map((a) => ({
    id: a.id,
    title: a.title,
    summary: a.summary,
    roles: a.roles,
    keywords: [],
    synonyms: [],
    headings: [],
    body: a.html.replace(/<[^>]+>/g, ' '),
  })),
);

function context(pageKey: string): PageContext | null {
  const page = pages[pageKey];
  if (!page) return null;
  return {
    pageKey,
    menuPath: page.parts.join(' → '),
    menuPathParts: page.parts,
    url: `/${pageKey}`,
    primary: summary(page.primary ?? undefined),
    related: page.related.map((id) => summary(id)!),
  };
}

/** Only the German text exists: English readers get it with the fallback note, as from the real API. */
function article(id: string, lang: string): HelpArticle | null {
  const found = byId.get(id);
  if (!found) return null;
  return {
    ...summary(id)!,
    roles: found.roles,
    html: found.html,
    headings: [],
    guide: found.guide ? 'arbeitsplatz-bestellen' : null,
    prev: summary(found.guide?.prev),
    next: summary(found.guide?.next),
    updated: '2025-01-15',
    lang: 'de',
    fallback: lang !== 'de',
  };
}

const json = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

function answer(mode: MockMode, path: string, query: URLSearchParams): Promise<Response> {
  if (mode === 'loading') return new Promise(() => undefined);
  if (mode === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
  const lang = query.get('lang') ?? 'de';
  if (path.startsWith('/api/help/context/')) {
    const found = context(decodeURIComponent(path.slice('/api/help/context/'.length)));
    return Promise.resolve(
      found ? json(200, found) : json(404, { code: 'unknown_page', message: 'Für diese Seite gibt es keine Hilfe.' }),
    );
  }
  if (path.startsWith('/api/help/articles/')) {
    const found = article(decodeURIComponent(path.slice('/api/help/articles/'.length)), lang);
    return Promise.resolve(found ? json(200, found) : json(404, { code: 'not_found', message: 'Nicht gefunden.' }));
  }
  if (path === '/api/help/index') return Promise.resolve(json(200, index));
  if (path === '/api/csrf-token') return Promise.resolve(json(200, { token: 'story' }));
  // The panel's writes: feedback (and its comment) and search reports.
  if (path === '/api/help/feedback' || path === '/api/help/searches') return Promise.resolve(json(204));
  return Promise.resolve(json(404, { code: 'not_found', message: 'Nicht gefunden.' }));
}

const INSTALLED = Symbol.for('direkthilfe.storyHelpApi');
const scope = globalThis as typeof globalThis & { [INSTALLED]?: true };
if (!scope[INSTALLED]) {
  scope[INSTALLED] = true;
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(`${BASE}/`)) return realFetch(input, init);
    const [mode, ...rest] = url.pathname.slice(BASE.length + 1).split('/');
    return answer(mode as MockMode, `/${rest.join('/')}`, url.searchParams);
  };
}
