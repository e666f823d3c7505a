import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Test split after vite-plugin-pwa: unit (pure logic + components), build (the built
// output in dist/), browser (real Chromium against the production build).
export default defineConfig({
  plugins: [preact()],
  resolve: { dedupe: ['preact'] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/quality/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // Lighthouse measures speed: it runs alone afterwards, not beside other Chromiums.
          exclude: ['tests/browser/lighthouse.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: one Chromium per worker, two workers at most.
          maxWorkers: 2,
          retry: 0,
        },
      },
      {
        extends: true,
        test: {
          name: 'lighthouse',
          include: ['tests/browser/lighthouse.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
