import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { unitProjects } from './test/unit/unit-projects.ts';

// Pages are read in the browser's zone (browserTimeZone): the tests read them in UTC on any machine.
// Set here, before the workers start: a worker thread shares the process's zone, so the project's
// `env` option would not reach the clock.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    // Vitest's default leaves a core to its main process, so a 2-core CI machine ran the unit files
    // one at a time (24 minutes). That process is mostly idle, and many files wait on real settle
    // times: a worker per core.
    maxWorkers: '100%',
    projects: [
      // The unit tests, in projects whose workers either run one file each or are shared by the files
      // that leave nothing behind (test/unit/unit-projects.ts says which, and why). `npm run test:unit`
      // runs them all (`--project "unit*"`).
      ...unitProjects(import.meta.dirname).map(({ name, include, isolate }) => ({
        plugins: [WxtVitest()],
        test: {
          name,
          include,
          isolate,
          // Most tests need no DOM; a file that does says so in its first line
          // (`// @vitest-environment happy-dom`). Building a happy-dom window for all 500 files
          // was a third of the unit run.
          environment: 'node',
          // Worker threads start faster than forked processes.
          pool: 'threads',
          // The test/unit ones run again before each file, in a shared worker too; fake-indexeddb once
          // per worker, so a shared worker's files share its databases (shuffled runs found no two
          // files using one name).
          setupFiles: [
            'fake-indexeddb/auto',
            'test/unit/page-load-at-file-start.ts',
            'test/unit/fake-browser-fresh-per-file.ts',
          ],
          // Adapter tests parse every saved page in happy-dom several times (damaged, stripped, renamed):
          // seconds per test on a busy 2-core machine, so the 5 s default fails on load, not on behaviour.
          testTimeout: 30_000,
        },
      })),
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
