// `npm start`: build, then run the desktop app in Electron. Without an Electron binary (and no way to
// download one), serve the same build as a web app instead of failing.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildApp, portFromEnv, serveWeb } from './web';

export const INSTALL_TIMEOUT_MS = 120_000;
const INSTALL_LOG = resolve('.cache/electron-install.log');
// Only a slow download is worth a progress line; an offline failure is quick.
const INSTALL_NOTICE_AFTER_MS = 3_000;

export type StartState = {
  /** Path of the Electron executable when it exists on disk. */
  readonly binaryPath: string | undefined;
  readonly hasTriedInstall: boolean;
  /** ELECTRON_SKIP_BINARY_DOWNLOAD is set: the user asked for no download. */
  readonly isDownloadDisabled: boolean;
};

export type StartStep =
  | { readonly kind: 'launch-electron'; readonly binaryPath: string }
  | { readonly kind: 'install-electron' }
  | { readonly kind: 'serve-web' };

export function nextStartStep(state: StartState): StartStep {
  if (state.binaryPath !== undefined) return { kind: 'launch-electron', binaryPath: state.binaryPath };
  if (!state.hasTriedInstall && !state.isDownloadDisabled) return { kind: 'install-electron' };
  return { kind: 'serve-web' };
}

export function fallbackMessage(url: string): string {
  return `Electron binary unavailable (no network or blocked download; set ELECTRON_MIRROR to a reachable mirror) — serving the web build instead at ${url}`;
}

/** The executable `require('electron')` names, if that file exists. */
export function findElectronBinary(load: (id: string) => unknown = createRequire(import.meta.url)): string | undefined {
  try {
    // electron/index.js throws when its postinstall never wrote path.txt.
    const path = load('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

// node_modules/electron/install.js honours ELECTRON_MIRROR and ELECTRON_CUSTOM_DIR.
function installElectron(): Promise<void> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve('node_modules/electron/install.js')], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    const notice = setTimeout(() => console.log(`Downloading the Electron binary (up to ${INSTALL_TIMEOUT_MS / 1000} s)…`), INSTALL_NOTICE_AFTER_MS);
    const timeout = setTimeout(() => child.kill(), INSTALL_TIMEOUT_MS);
    const finish = (): void => {
      clearTimeout(notice);
      clearTimeout(timeout);
      mkdirSync(resolve('.cache'), { recursive: true });
      writeFileSync(INSTALL_LOG, Buffer.concat(output));
      done();
    };
    child.on('error', (error) => {
      output.push(Buffer.from(String(error)));
      finish();
    });
    child.on('close', finish);
  });
}

function launchElectron(binaryPath: string): void {
  const env = { ...process.env };
  // Set by some shells and IDEs; it would make Electron behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binaryPath, [resolve('.')], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function start(): Promise<void> {
  buildApp();
  const isDownloadDisabled = Boolean(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD);
  let state: StartState = { binaryPath: findElectronBinary(), hasTriedInstall: false, isDownloadDisabled };
  for (;;) {
    const step = nextStartStep(state);
    if (step.kind === 'launch-electron') return launchElectron(step.binaryPath);
    if (step.kind === 'serve-web') {
      const server = await serveWeb({ port: portFromEnv(), build: false });
      console.log(fallbackMessage(server.url));
      return;
    }
    await installElectron();
    state = { ...state, binaryPath: findElectronBinary(), hasTriedInstall: true };
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await start();
