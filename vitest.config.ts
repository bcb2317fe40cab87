/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's own Vite config, so component tests can render .astro files with the Container API.
// Two projects: `unit` needs nothing built (npm run test:unit); `builds` checks the test builds
// of `npm run build:test` or builds copies of its own (npm run test:builds). `vitest run` (npm
// test) runs both.
export default getViteConfig({
  test: {
    // Content-error builds run the real `astro build`, a few seconds each.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Vitest empties CSS imports by default; src/lib/theme/palette.ts reads the colour tokens from the real file.
    css: { include: [/src\/styles\/global\.css/] },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'builds', include: ['tests/build/**/*.test.ts'] } },
    ],
  },
});
