import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Docs pages per element from the custom-elements manifest (properties, events, parts, CSS properties).
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    // Resolve workspace packages to their TypeScript sources, as the tests and the build do.
    resolve: { ...viteConfig.resolve, conditions: ['source', 'browser', 'module', 'import', 'default'] },
    build: { ...viteConfig.build, chunkSizeWarningLimit: 2000 },
  }),
};

export default config;
