// A mocked studio API for the studio's stories, so that they need no server: the portal mock's transport
// (`mockPortalFetch`) with the studio's routes and an article of the demo content. Answers are typed by the
// API contract. Only the stories use it.
import {
  StudioClient,
  type ContentProblem,
  type HelpArticle,
  type RevisionInfo,
  type StudioArticle,
  type StudioArticleListItem,
  type StudioCatalog,
} from '@direkthilfe/core/studio/studio-client';
import { mockPortalFetch, ok, type Routes } from './portal-api.js';

export const SOURCE = `---
id: admin-warenkorb-bestellen
title: Warenkorb prüfen und kostenpflichtig bestellen
summary: Prüfen Sie jede Auftragsposition und bestellen Sie kostenpflichtig.
roles: [admin]
contexts: [admin/warenkorb]
keywords: [Warenkorb, bestellen, Auftragsposition]
synonyms: [Einkaufswagen]
guide: admin-ersteinrichtung
order: 6
updated: 2026-11-29
---

Nachdem Sie auf **Auftrag hinzufügen** geklickt haben, liegt der Auftrag im Warenkorb.

## Warenkorb öffnen

Wählen Sie \`Mein Unternehmen → Kontingente & Auftragsstatus → Warenkorb\`.

:::achtung Der Warenkorb gilt nur für diese Sitzung
Melden Sie sich ab, ohne zu bestellen, verfällt der Warenkorb.
:::
`;

export const CATALOG: StudioCatalog = {
  pages: [
    { key: 'admin/start', url: '/admin/', role: 'admin', menuPath: ['Startseite'] },
    {
      key: 'admin/warenkorb',
      url: '/admin/warenkorb',
      role: 'admin',
      menuPath: ['Mein Unternehmen', 'Kontingente & Auftragsstatus', 'Warenkorb'],
    },
    {
      key: 'admin/auftragsstatus',
      url: '/admin/auftraege',
      role: 'admin',
      menuPath: ['Mein Unternehmen', 'Kontingente & Auftragsstatus'],
    },
    { key: 'user/uebersicht', url: '/myportal/', role: 'user', menuPath: ['Übersicht'] },
  ],
  articles: [
    { id: 'admin-warenkorb-bestellen', title: 'Warenkorb prüfen und kostenpflichtig bestellen' },
    { id: 'admin-auftragsstatus', title: 'Auftragsstatus verfolgen' },
    { id: 'kontakt', title: 'Kontakt' },
  ],
};

export const ARTICLE: StudioArticle = {
  id: 'admin-warenkorb-bestellen',
  lang: 'de',
  source: SOURCE,
  status: 'published',
  revision: 3,
  publishedRevision: 3,
  publishAt: null,
  updatedAt: '2026-11-29T09:12:00Z',
  updatedBy: 'redaktion',
  outdated: false,
  autosave: null,
};

export const PREVIEW: HelpArticle = {
  id: 'admin-warenkorb-bestellen',
  title: 'Warenkorb prüfen und kostenpflichtig bestellen',
  summary: 'Prüfen Sie jede Auftragsposition und bestellen Sie kostenpflichtig.',
  roles: ['admin'],
  html: `<p>Nachdem Sie auf <strong>Auftrag hinzufügen</strong> geklickt haben, liegt der Auftrag im Warenkorb.</p>
<h2 id="dh-c-warenkorb-oeffnen">Warenkorb öffnen</h2>
<p>Wählen Sie <a class="dh-menu-path" href="/admin/warenkorb" data-dh-page="admin/warenkorb">Mein Unternehmen → Kontingente &amp; Auftragsstatus → Warenkorb</a>.</p>
<aside class="dh-hint dh-hint-achtung"><p class="dh-hint-title"><strong>Achtung</strong>: Der Warenkorb gilt nur für diese Sitzung</p><p>Melden Sie sich ab, ohne zu bestellen, verfällt der Warenkorb.</p></aside>`,
  headings: [{ id: 'dh-c-warenkorb-oeffnen', text: 'Warenkorb öffnen', level: 2 }],
  guide: 'admin-ersteinrichtung',
  prev: { id: 'admin-auftrag-hinzufuegen', title: 'Aktivierungsdatum wählen und Auftrag hinzufügen', summary: '' },
  next: { id: 'admin-auftragsstatus', title: 'Auftragsstatus verfolgen', summary: '' },
  updated: '2026-11-29',
  lang: 'de',
  fallback: false,
};

/** A menu path typed with an ASCII arrow, as the check reports it. */
export const MENU_PATH_PROBLEM: ContentProblem = {
  line: 18,
  severity: 'error',
  message: 'Den Menüpfad „Mein Unternehmen -> Warenkorb“ gibt es im Portal nicht; Pfeile schreiben Sie als „→“.',
  suggestion: 'Mein Unternehmen → Kontingente & Auftragsstatus → Warenkorb',
};

export const REVISIONS: RevisionInfo[] = [
  {
    number: 3,
    author: 'redaktion',
    message: 'Hinweis zur Sitzung',
    origin: 'studio',
    createdAt: '2026-11-29T09:12:00Z',
    published: true,
  },
  {
    number: 2,
    author: 'anna.redakteurin',
    message: 'Tippfehler',
    origin: 'studio',
    createdAt: '2026-11-20T14:03:00Z',
    published: false,
  },
  {
    number: 1,
    author: 'import',
    message: 'Import',
    origin: 'import',
    createdAt: '2026-11-01T08:00:00Z',
    published: false,
  },
];

const state = (status: StudioArticle['status'], updatedAt: string, outdated = false) => ({
  status,
  revision: 2,
  publishedRevision: status === 'published' ? 2 : null,
  publishAt: null,
  updatedAt,
  updatedBy: 'redaktion',
  outdated,
});

export const LIST: StudioArticleListItem[] = [
  {
    id: 'admin-warenkorb-bestellen',
    title: 'Warenkorb prüfen und kostenpflichtig bestellen',
    roles: ['admin'],
    contexts: ['admin/warenkorb'],
    languages: { de: state('published', '2026-11-29T09:12:00Z'), en: state('published', '2026-10-02T10:00:00Z', true) },
  },
  {
    id: 'passwort-aendern',
    title: 'Passwort später ändern',
    roles: ['user'],
    contexts: ['user/passwort-vergeben'],
    languages: { de: state('review', '2026-11-27T16:40:00Z'), en: null },
  },
  {
    id: 'kontakt',
    title: 'Kontakt',
    roles: ['admin', 'user'],
    contexts: [],
    languages: { de: state('scheduled', '2026-11-25T10:00:00Z'), en: state('draft', '2026-11-25T10:05:00Z') },
  },
];

/** The studio API of the stories: the article above, its versions and checks; `routes` on top. */
export function mockStudioClient(routes: Routes = {}): StudioClient {
  const table: Routes = {
    'GET /api/auth/session': ok({
      me: { username: 'redaktion', role: 'editor', mustChangePassword: false, company: null, workplace: null },
    }),
    'GET /api/studio/articles': ok({ articles: LIST }),
    'GET /api/studio/catalog': ok(CATALOG),
    'GET /api/studio/articles/:id/:lang': ok(ARTICLE),
    'GET /api/studio/articles/:id/:lang/revisions': ok({ revisions: REVISIONS }),
    'POST /api/studio/render': ok({ problems: [], article: PREVIEW }),
    'PUT /api/studio/articles/:id/:lang/autosave': ok(),
    'GET /api/csrf-token': ok({ token: 'story' }),
    ...routes,
  };
  return new StudioClient('', mockPortalFetch(table));
}
