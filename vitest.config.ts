/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's own Vite config, so component tests can render .astro files with the Container API.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Content-error builds run the real `astro build`, a few seconds each.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Vitest empties CSS imports by default; src/lib/palette.ts reads the colour tokens from the real file.
    css: { include: [/src\/styles\/global\.css/] },
  },
});
