import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  // Controls, actions, backgrounds and the toolbar are built into Storybook 10; the docs page
  // (autodocs, read from custom-elements.json) and the axe panel are add-ons.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The machines that build this have no internet: nothing should try to call out.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    // Pictures in stories stay files: the survey shows only http(s) or relative image links, never data: URLs.
    build: { ...viteConfig.build, assetsInlineLimit: 0 },
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      // The web-components renderer imports this one Lit module; left out of the pre-bundle, it
      // pulls in a second copy of lit-html in `storybook dev` ("Multiple versions of Lit loaded").
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
  }),
};

export default config;
