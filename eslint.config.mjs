import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/',
      'packages/widgets/lib/',
      // Generated from the manifest by the build.
      'packages/widgets/ide/',
      'packages/widgets/types/jsx.d.ts',
      'packages/widgets/types/vue.d.ts',
      'storybook-static/',
      'coverage/',
      '**/custom-elements.json',
      'packages/core/src/password/data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['packages/widgets/src/**/*.ts', 'packages/studio/src/**/*.ts', 'stories/**/*.ts', 'test/browser/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'packages/studio/src/**/*.ts', 'stories/**/*.ts', 'test/browser/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'packages/studio/src/**/*.ts', 'stories/**/*.ts', 'test/browser/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: [
      'packages/widgets/**/*.ts',
      'packages/studio/**/*.ts',
      'packages/demo-portal/src/**/*.ts',
      'stories/**/*.ts',
      'test/browser/**/*.ts',
      'test/helpers/**/*.ts',
      '.storybook/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.mjs', 'packages/core/**/*.ts', 'test/node/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // CommonJS on purpose: the index build's worker starts through it when run from the sources (search-build.ts).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Node scripts that drive a browser run some functions inside the page.
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
);
