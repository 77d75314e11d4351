// What the Chromium benches share: the built renderer served on a free port, Debian's Chromium
// on a throwaway profile, cleaned up afterwards.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { buildApp, serveWeb } from '../web';
import { chromiumArgs, chromiumExecutable } from '../../tests/e2e/support/browser';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/**
 * Runs `use` with a page of a fresh Chromium profile and the served app's URL. Builds the app
 * first when `page` (a path under out/renderer) is missing; otherwise the existing build is
 * served as it is (run `npm run build` after changing the code).
 */
export async function withBenchPage<T>(page: string, use: (page: Page, url: string) => Promise<T>): Promise<T> {
  if (!existsSync(resolve('out/renderer', page))) buildApp();
  const server = await serveWeb({ port: await freePort(), build: false });
  const profile = mkdtempSync(join(tmpdir(), 'xinping-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumExecutable, args: chromiumArgs, viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  // tsx names arrow functions with an `__name` helper that does not exist inside the page.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  try {
    return await use(context.pages()[0] ?? (await context.newPage()), server.url);
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
