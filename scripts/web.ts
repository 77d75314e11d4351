// `npm run web`: build the renderer and serve it on 127.0.0.1 as a plain web app.
// Also used by `npm start` when no Electron binary can be had, and by Playwright.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { preview } from 'vite';
import { contentSecurityPolicy } from '../electron/main/security/csp';

export const RENDERER_OUT = resolve('out/renderer');

export function buildApp(): void {
  execFileSync(process.execPath, [resolve('node_modules/electron-vite/bin/electron-vite.js'), 'build'], { stdio: 'inherit' });
}

export type WebServer = { readonly url: string; close(): Promise<void> };

export async function serveWeb(options: { port: number; build: boolean }): Promise<WebServer> {
  if (options.build || !existsSync(resolve(RENDERER_OUT, 'index.html'))) buildApp();
  const server = await preview({
    root: RENDERER_OUT,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: RENDERER_OUT },
    preview: {
      host: '127.0.0.1',
      port: options.port,
      strictPort: true,
      headers: { 'Content-Security-Policy': contentSecurityPolicy() },
    },
  });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${options.port}/`;
  return { url, close: () => server.close() };
}

export function portFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PORT ?? '4173';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT must be a whole number from 1 to 65535, got "${raw}" / 端口 PORT 应为 1–65535 的整数`);
  }
  return port;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const isNoBuild = process.argv.includes('--no-build');
  const server = await serveWeb({ port: portFromEnv(), build: !isNoBuild });
  console.log(`Xinping web build: ${server.url}`);
}
