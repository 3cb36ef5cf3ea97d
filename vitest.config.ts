import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // Two test files at a time: on the 2-core CI machine much of a file's time is spent waiting on
    // PostgreSQL, LibreOffice or Chromium in other processes, and every test has its own database
    // (a PGlite clone or a PostgreSQL database made from the template), its own port and its own
    // LibreOffice profile, so files never share state. One at a time took over 30 minutes.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
