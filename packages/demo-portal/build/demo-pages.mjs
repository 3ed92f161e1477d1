// Rollup plugin of the demo portal: composes each page into the one layout and copies the style sheets,
// so that the built folder holds everything the backend serves.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What differs between the three portals of the demo: roles, the header and the name in the title. */
const PORTALS = {
  admin: {
    roles: 'admin user',
    role: 'admin',
    header: 'header-admin',
    'portal-name': 'Cloud PBX Administrations-Portal',
  },
  user: { roles: 'user', role: 'user', header: 'header-myportal', 'portal-name': 'MyPortal' },
  demo: { roles: 'user', role: 'user', header: 'header-demo', 'portal-name': 'Direkthilfe Demo' },
};

const FRONT_MATTER = /^<!--\n((?:\s*[\w-]+: .*\n)+)-->\n/;

/**
 * A page file is its front matter (`page`, `title`, `script`) and the content of its `<main>`; a file
 * without front matter is a whole document of its own (the isolation test page).
 */
export function composePage(source, read) {
  const include = (html) =>
    html.replace(/^( *)<!--#include ([\w-]+) -->\n/gm, (_match, indent, name) =>
      indentBy(read(`partials/${name}.html`), indent),
    );
  const match = FRONT_MATTER.exec(source);
  if (!match) return include(source);
  const meta = Object.fromEntries(
    match[1]
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/: (.*)/, 2)),
  );
  for (const key of ['page', 'title', 'script'])
    if (!meta[key]) throw new Error(`The page ${meta.page ?? source.slice(0, 60)} has no "${key}".`);
  const portal = PORTALS[meta.page.split('/')[0]];
  if (!portal) throw new Error(`The page key ${meta.page} names no portal (admin/, user/ or demo/).`);
  const slots = {
    ...portal,
    ...meta,
    header: read(`partials/${portal.header}.html`),
    footer: read('partials/footer.html'),
    body: include(source.slice(match[0].length)),
  };
  return read('layout.html')
    .replace(/^( *)\{\{([\w-]+)\}\}\n/gm, (_match, indent, name) => indentBy(slot(slots, name), indent))
    .replace(/\{\{([\w-]+)\}\}/g, (_match, name) => slot(slots, name));
}

function slot(slots, name) {
  if (slots[name] === undefined) throw new Error(`The layout's slot {{${name}}} has no value.`);
  return slots[name];
}

const indentBy = (html, indent) => html.replace(/^(?=.)/gm, indent);

/**
 * Emits `pages/…` (every file below `src/pages`) and `assets/…` (the style sheets and the page icon, from
 * `src/styles`) into the bundle.
 */
export function demoPages({ root }) {
  const src = join(root, 'src');
  const read = (file) => readFileSync(join(src, file), 'utf8');
  return {
    name: 'dh-demo-pages',
    buildStart() {
      for (const dir of ['pages', 'partials', 'styles'])
        for (const file of readdirSync(join(src, dir), { recursive: true })) this.addWatchFile(join(src, dir, file));
      this.addWatchFile(join(src, 'layout.html'));
    },
    generateBundle() {
      for (const file of readdirSync(join(src, 'pages'), { recursive: true }).filter((f) => f.endsWith('.html')))
        this.emitFile({ type: 'asset', fileName: `pages/${file}`, source: composePage(read(`pages/${file}`), read) });
      for (const file of readdirSync(join(src, 'styles')))
        this.emitFile({ type: 'asset', fileName: `assets/${file}`, source: read(`styles/${file}`) });
    },
  };
}
