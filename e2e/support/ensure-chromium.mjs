/**
 * Makes sure a Chromium is there for the e2e suite. As root on a Debian-like system it
 * installs the distribution's package; anywhere else it explains what to do.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

function report(path) {
  console.log(`Chromium for e2e: ${path}`);
}

function hasAptGet() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

const found = findChromium();
if (found) {
  report(found);
  process.exit(0);
}

if (process.env.CHROMIUM_PATH?.trim()) {
  fail(
    `CHROMIUM_PATH is set to "${process.env.CHROMIUM_PATH}", but no executable is there.\n` +
      'Point it at a Chromium or Chrome binary, or unset it to use a system Chromium.',
  );
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !hasAptGet()) {
  fail(
    'No Chromium found for the e2e tests (looked in /usr/bin/chromium, /usr/bin/chromium-browser,\n' +
      '/usr/bin/google-chrome, /usr/bin/google-chrome-stable).\n' +
      'Install one, e.g. `sudo apt-get install chromium` on Debian/Ubuntu, or set\n' +
      'CHROMIUM_PATH=/path/to/chrome to use a browser installed elsewhere.',
  );
}

console.log('No Chromium found; installing the distribution package with apt-get.');
try {
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
} catch (error) {
  fail(`Installing Chromium failed: ${error instanceof Error ? error.message : String(error)}`);
}

const installed = findChromium();
if (!installed) {
  fail('apt-get installed the chromium package, but no Chromium binary was found afterwards.');
}
report(installed);
