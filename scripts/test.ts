// `npm test`: typecheck, lint, unit tests (vitest), the web build, end-to-end tests (Playwright
// in Debian Chromium). Ends with one plain line "N passed, N failed[, N skipped]" covering all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const reportDir = resolve('test-results/reports');
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

function run(label: string, cmd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(label: string, cmd: string, args: readonly string[]): void {
  const isOk = run(label, cmd, args);
  if (isOk) total.passed += 1;
  else {
    total.failed += 1;
    console.log(`!! ${label} failed`);
  }
}

function readJson(path: string): Record<string, unknown> | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : undefined;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const bin = (name: string): string => resolve('node_modules/.bin', name);
const only = new Set(process.argv.slice(2));
const wants = (step: string): boolean => only.size === 0 || only.has(step);

// The package.json scripts are the one definition of each check.
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
if (wants('typecheck')) check('typecheck', npm, ['run', '-s', 'typecheck']);
if (wants('lint')) check('lint', npm, ['run', '-s', 'lint']);

if (wants('unit')) {
  const out = resolve(reportDir, 'vitest.json');
  const isOk = run('unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const r = readJson(out);
  if (r) {
    total.passed += num(r.numPassedTests);
    total.failed += num(r.numFailedTests);
    total.skipped += num(r.numPendingTests) + num(r.numTodoTests);
    // A suite that fails to load has no failed tests but still fails the run.
    if (!isOk && num(r.numFailedTests) === 0) total.failed += Math.max(1, num(r.numFailedTestSuites));
  } else if (!isOk) total.failed += 1;
}

if (wants('e2e')) {
  const isBuilt = run('web build', process.execPath, [bin('electron-vite'), 'build']);
  if (!isBuilt) total.failed += 1;
  else {
    const out = resolve(reportDir, 'playwright.json');
    const isOk = run('end-to-end tests', bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
    const stats = readJson(out)?.stats as Record<string, unknown> | undefined;
    if (stats) {
      total.passed += num(stats.expected) + num(stats.flaky);
      total.failed += num(stats.unexpected);
      total.skipped += num(stats.skipped);
      if (!isOk && num(stats.unexpected) === 0) total.failed += 1;
    } else if (!isOk) total.failed += 1;
  }
}

console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);
