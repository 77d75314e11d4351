import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';

// Debian's Chromium (never `npx playwright install`); override with CHROMIUM_PATH.
export const chromiumExecutable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling out on this closed network.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const e2ePort = Number(process.env.E2E_PORT ?? 4317);
export const baseURL = `http://127.0.0.1:${e2ePort}/`;

/** A browser profile on disk, so a test can close the browser and reopen the same profile. */
export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'xinping-profile-'));
}

export function launchProfile(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumExecutable,
    args: chromiumArgs,
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
  });
}

const screenDir = resolve('test-results/screens');

/** Saves a full-page screenshot of the screen a test visits, for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenDir, { recursive: true });
  await page.screenshot({ path: join(screenDir, `${name}.png`), fullPage: true });
}
