import { defineConfig } from '@playwright/test';

// The Electron suite: drives the real desktop app through Playwright's _electron. It runs wherever
// an Electron binary is installed and skips, saying so, where none is (see app.spec.ts).
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts/,
  timeout: 90_000,
  workers: 1,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
