// @ts-check
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'tests/.tmp/', 'test-results/', 'playwright-report/'] },
  tseslint.configs.recommended,
  eslintPluginAstro.configs.recommended,
  // Accessibility rules for the markup in .astro components (jsx-a11y rules, through eslint-plugin-jsx-a11y-x).
  eslintPluginAstro.configs['jsx-a11y-strict'],
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // A scrolling table region must be reachable by keyboard (WCAG 2.1.1, axe scrollable-region-focusable).
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['section'], roles: ['region'] }],
    },
  },
);
