import { defineConfig } from '@playwright/test';
import { electronBinary } from './electron-binary';

// The Electron suite: drives the real desktop app through Playwright's _electron. It runs wherever
// an Electron binary is installed and skips, saying so, where none is (see app.spec.ts).
if (electronBinary() === null) {
  console.log(
    'Electron suite: SKIPPED here - no Electron binary is installed (ELECTRON_SKIP_BINARY_DOWNLOAD). It runs wherever one is.',
  );
}

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts/,
  timeout: 90_000,
  workers: 1,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
