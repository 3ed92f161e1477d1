// The custom-elements manifest of @direkthilfe/widgets and, generated from it, the editors' data (VS Code,
// JetBrains) and the JSX and Vue types. Run in this folder (`npm run analyze`, or the build), so that every
// path is the package's own.
import { readFileSync, writeFileSync } from 'node:fs';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/** The published file of a source module: `src/x/y.ts` → `lib/x/y.js`. */
const published = (path) => path.replace(/^src\//, 'lib/').replace(/\.ts$/, '.js');

/** Private and protected members are implementation: they stay out of the manifest and the docs pages. */
const publicApiOnly = () => ({
  name: 'dh-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.members) continue;
        declaration.members = declaration.members.filter(
          (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
        );
      }
    }
  },
});

/**
 * Attributes and the properties they reflect, linked both ways (the JSX and Vue types use the property's
 * type): an attribute documented with `@attr` gets its property (`lang` is HTMLElement's own).
 */
const linkedAttributes = () => ({
  name: 'dh-linked-attributes',
  packageLinkPhase({ customElementsManifest }) {
    const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        for (const attribute of declaration.attributes ?? []) {
          attribute.fieldName ??= camel(attribute.name);
          const member = declaration.members?.find((m) => m.name === attribute.fieldName);
          if (member) member.attribute ??= attribute.name;
        }
      }
    }
  },
});

/** Every path in the manifest points at the published JavaScript, not at the TypeScript sources. */
const packagePaths = () => ({
  name: 'dh-package-paths',
  packageLinkPhase({ customElementsManifest }) {
    const fix = (reference) => {
      if (reference?.module?.startsWith('src/')) reference.module = published(reference.module);
    };
    for (const module of customElementsManifest.modules) {
      module.path = published(module.path);
      for (const entry of module.exports ?? []) fix(entry.declaration);
      for (const declaration of module.declarations ?? []) {
        fix(declaration.superclass);
        for (const member of [...(declaration.members ?? []), ...(declaration.attributes ?? [])])
          fix(member.inheritedFrom);
      }
    }
  },
});

/**
 * Events with their detail types (every event is a `CustomEvent` of it), from the one list in `src/events.ts`
 * (the global event map): an event an element documents (`@fires`) but the map does not name fails the
 * build, as does one without a description.
 */
const typedEvents = () => ({
  name: 'dh-typed-events',
  packageLinkPhase({ customElementsManifest }) {
    const map = new Map(
      [...readFileSync('src/events.ts', 'utf8').matchAll(/'(dh-[a-z-]+)': CustomEvent<(\w+)>;/g)].map((m) => [
        m[1],
        m[2],
      ]),
    );
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.events) continue;
        declaration.events = declaration.events.filter((event) => event.name?.startsWith('dh-'));
        for (const event of declaration.events) {
          const type = map.get(event.name);
          if (!type) throw new Error(`${declaration.tagName}: event ${event.name} is not in src/events.ts`);
          if (!event.description) throw new Error(`${declaration.tagName}: event ${event.name} has no description`);
          event.type = { text: type };
        }
      }
    }
  },
});

/**
 * The tag definition of each element lives in its defining module (`lib/dh-x.js`), which the analyzer does
 * not see through `defineElement()`.
 */
const tagDefinitions = () => ({
  name: 'dh-tag-definitions',
  packageLinkPhase({ customElementsManifest }) {
    const modules = customElementsManifest.modules;
    for (const module of modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.tagName) continue;
        const definer = modules.find((m) => m.path === `lib/${declaration.tagName}.js`);
        if (!definer) throw new Error(`${declaration.tagName}: no defining module lib/${declaration.tagName}.js`);
        definer.exports = [
          ...(definer.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition'),
          {
            kind: 'custom-element-definition',
            name: declaration.tagName,
            declaration: { name: declaration.name, module: module.path },
          },
        ];
      }
    }
  },
});

/** The design tokens (`tokens` in `src/styles/shared.styles.ts`), which every Lit element reads. */
const TOKENS = {
  '--dh-color-text': 'Text colour.',
  '--dh-color-text-muted': 'Colour of secondary text and hints.',
  '--dh-color-surface': 'Background of inputs, buttons and cards.',
  '--dh-color-border': 'Borders of inputs and frames.',
  '--dh-color-accent': 'Accent: links, primary buttons, the chosen option.',
  '--dh-color-accent-contrast': 'Text on the accent colour.',
  '--dh-color-success': 'What went well (a met rule, a confirmation).',
  '--dh-color-danger': 'Errors and warnings.',
  '--dh-focus-ring-color': 'Focus outline.',
  '--dh-font-family': 'Font.',
  '--dh-font-size': 'Base font size.',
  '--dh-radius': 'Corner radius.',
  '--dh-space': 'Base spacing unit.',
};

/** Adds the design tokens to the CSS properties of every element built on them, unless it documents its own. */
const sharedTokens = () => ({
  name: 'dh-shared-tokens',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (
          !declaration.tagName ||
          !readFileSync(module.path.replace(/^lib\//, 'src/').replace(/\.js$/, '.ts'), 'utf8').includes('tokens')
        )
          continue;
        const own = new Set((declaration.cssProperties ?? []).map((property) => property.name));
        declaration.cssProperties = [
          ...(declaration.cssProperties ?? []),
          ...Object.entries(TOKENS)
            .filter(([name]) => !own.has(name))
            .map(([name, description]) => ({ name, description })),
        ];
      }
    }
  },
});

/**
 * The generated JSX and Vue types import a detail type once per element that fires it, which TypeScript
 * refuses as a duplicate identifier: each name is imported once.
 */
const distinctTypeImports = (files) => ({
  name: 'dh-distinct-type-imports',
  packageLinkPhase() {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const fixed = text.replace(/import type \{([^}]*)\} from "\.\.\/lib\/index\.js";/, (_, names) => {
        const distinct = [
          ...new Set(
            names
              .split(',')
              .map((name) => name.trim())
              .filter(Boolean),
          ),
        ];
        return `import type { ${distinct.join(', ')} } from "../lib/index.js";`;
      });
      writeFileSync(file, fixed);
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  // The manifest describes the public modules: elements, their defining modules, the index, the events and
  // the embedding API. Styles, strings, wizard steps (internal elements) and helpers are implementation.
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.styles.ts',
    'src/i18n/**',
    'src/shared/**',
    'src/styles/**',
    'src/dh-wizard/steps/**',
    'src/dh-article/*sanitizer.ts',
    'src/dh-password-field/password-data.ts',
    'src/embed/menu-highlight.ts',
    'src/autoloader.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    publicApiOnly(),
    packagePaths(),
    linkedAttributes(),
    typedEvents(),
    tagDefinitions(),
    sharedTokens(),
    customElementVsCodePlugin({ outdir: 'ide', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: 'ide', excludeCss: false, hideLogs: true }),
    customElementJsxPlugin({
      outdir: 'types',
      fileName: 'jsx.d.ts',
      globalTypePath: '../lib/index.js',
      hideLogs: true,
    }),
    customElementVuejsPlugin({
      outdir: 'types',
      fileName: 'vue.d.ts',
      globalTypePath: '../lib/index.js',
      hideLogs: true,
    }),
    distinctTypeImports(['types/jsx.d.ts', 'types/vue.d.ts']),
  ],
};
