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

export default {
  globs: ['packages/widgets/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts', '**/i18n/**'],
  outdir: 'packages/widgets',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly()],
};
