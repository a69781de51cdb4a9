/// <reference types="vite/client" />
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { controlsFromTypeScript, forControls, type Manifest } from './manifest.js';

// Written by `npm run analyze` (which `npm run build-storybook` runs first). A glob rather than an
// import so that `npm run storybook` still starts before the first analyze, only without controls.
const manifests = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(forControls(manifest));
else console.warn('custom-elements.json not found: run `npm run analyze` for controls and docs.');

const LOCALES = ['fi', 'sv', 'en'] as const;
type Locale = (typeof LOCALES)[number];

/**
 * Our elements take their language from the nearest ancestor's `lang`, so the story goes inside an
 * element carrying the toolbar's choice. `<html lang>` follows too, for anything that reads it.
 */
const withLocale: Decorator = (story, { globals }) => {
  const locale: Locale = LOCALES.includes(globals['locale']) ? globals['locale'] : 'fi';
  document.documentElement.lang = locale;
  return html`<div lang=${locale}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withLocale],
  argTypesEnhancers: [controlsFromTypeScript],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'fi', right: 'fi', title: 'Suomi' },
          { value: 'sv', right: 'sv', title: 'Svenska' },
          { value: 'en', right: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fi' },
  parameters: {
    // An axe violation fails the story in the a11y panel and in `vitest`/test-runner runs.
    a11y: { test: 'error' },
    controls: {
      expanded: true,
      matchers: { color: /(background|color)$/i, date: /Date$/i },
    },
  },
  tags: ['autodocs'],
};

export default preview;
