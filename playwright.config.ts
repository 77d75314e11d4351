import { defineConfig } from '@playwright/test';
import { baseURL, chromiumArgs, chromiumExecutable, e2ePort } from './tests/e2e/support/browser';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  // Generous: CI machines have 2 cores, and these tests restart browsers and build PDFs.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  webServer: {
    // The renderer is built by `npm test` (or `npm run build`) before this runs.
    command: 'node node_modules/tsx/dist/cli.mjs scripts/web.ts --no-build',
    url: baseURL,
    env: { PORT: String(e2ePort) },
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
