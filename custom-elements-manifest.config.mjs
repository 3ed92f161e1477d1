export default {
  globs: ['packages/widgets/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts', '**/i18n/**'],
  outdir: 'packages/widgets',
  litelement: true,
  packagejson: false,
};
