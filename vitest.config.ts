import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['fake-indexeddb/auto'],
          // Pages are read in the browser's zone (browserTimeZone): the tests read them in UTC on any machine.
          env: { TZ: 'UTC' },
          // Adapter tests parse every saved page in happy-dom several times (damaged, stripped, renamed):
          // seconds per test on a busy 2-core machine, so the 5 s default fails on load, not on behaviour.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
