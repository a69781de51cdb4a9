import js from '@eslint/js';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'cdn/', 'build/', 'coverage/', 'storybook-static/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Node code: build scripts, configs, the test server's endpoint, the collector and its tests, the
    // end-to-end tests and the benchmarks that drive browsers from Node.
    files: [
      'scripts/**',
      'test/support/*.js',
      '*.config.js',
      '*.config.mjs',
      '.storybook/**',
      'collector/**',
      'test/collector/**',
      'test/e2e/**',
      'test/e2e-a11y/**',
      'test/examples/**',
      'bench/**',
    ],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  {
    // The test files replace console methods on purpose, to check what the library logs.
    files: ['test/**'],
    rules: { 'no-console': 'off' },
  },
);
