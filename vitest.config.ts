import { defineConfig } from 'vitest/config';

// Three projects: pure logic in Node, DOM behaviour in jsdom, and the built app in real Chromium.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'dom',
          include: ['tests/dom/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/dom/setup.ts'],
          // Room for findBy*'s ten-second wait (tests/dom/setup.ts) on a busy machine.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          // Generous: a busy two-core machine runs Chromium several times slower than an idle one.
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
