import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_ARGS, findChromium } from './e2e/support/chromium.mjs';
import { sandboxServerEnv } from './e2e/support/server-env';
import {
  BASE_PATH,
  EXPIRY_ORIGIN,
  EXPIRY_PORT,
  MAIN_APP_URL,
  MAIN_PORT,
  PORTAL_APP_ORIGIN,
  PORTAL_APP_PORT,
  PORTAL_PORT,
  PORTAL_URL,
  PREFIX_ORIGIN,
  PREFIX_PORT,
} from './e2e/support/servers';

/** Recording links on the expiry server last this long, so the player's renewal shows. */
const RECORDING_TTL_S = 4;

// Playwright's own browser download is not used: the system's Chromium is
// (`npm run test:e2e` installs it first where it can).
const executablePath = findChromium();
if (executablePath === null) {
  throw new Error(
    'No Chromium found for the e2e tests. Run `node e2e/support/ensure-chromium.mjs`, ' +
      'install Chromium yourself, or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}

const browser = {
  ...devices['Desktop Chrome'],
  headless: true,
  launchOptions: {
    executablePath,
    args: [...CHROMIUM_LAUNCH_ARGS],
  },
};

/**
 * Every test of the suite reaches the servers from 127.0.0.1, so to their per-client
 * upstream budget the whole suite is one client: dozens of managers' summaries within a
 * minute, which one manager's budget refuses. The budget stays on, charging every
 * request, but sized for the suite; refusals are tested in the server's tests and
 * measured by `npm run bench:storm`.
 */
const SUITE_AS_ONE_CLIENT = { UPSTREAM_BUDGET_PER_MINUTE: '100000' };

/**
 * The built server on the sandbox. It counts as started once `/readyz` answers: it
 * listens and its upstream has accepted the sandbox's login.
 */
const appServer = (port: number, readyz: string, env: Record<string, string> = {}) => ({
  command: 'node dist/server/index.js',
  url: readyz,
  reuseExistingServer: false,
  timeout: 60_000,
  env: { ...sandboxServerEnv(port), ...SUITE_AS_ONE_CLIENT, ...env },
});

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // A flaky test is a bug to fix, not to retry.
  retries: 0,
  workers: 2,
  // Each test has 30 s and each expectation 5 s (Playwright's defaults); the slowest-tests
  // report shows how close the run came to them.
  reporter: [['list'], ['./e2e/support/slowest-tests.ts']],
  // What a first test would otherwise pay for cold: the servers' first answers, the data
  // of the ranges the specs use, the app's scripts.
  globalSetup: './e2e/support/global-setup.ts',
  use: {
    locale: 'en-US',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /(recording|prefix|portal|access)\.spec\.ts/,
      use: { ...browser, baseURL: MAIN_APP_URL },
    },
    {
      name: 'prefix',
      testMatch: /prefix\.spec\.ts/,
      use: { ...browser, baseURL: PREFIX_ORIGIN },
    },
    {
      name: 'portal',
      testMatch: /portal\.spec\.ts/,
      use: { ...browser, baseURL: PORTAL_URL },
    },
    {
      // Starts a server of its own, with an access file it rewrites (see the spec).
      name: 'access',
      testMatch: /access\.spec\.ts/,
      use: browser,
    },
    {
      name: 'recording-expiry',
      testMatch: /recording\.spec\.ts/,
      use: { ...browser, baseURL: EXPIRY_ORIGIN },
    },
  ],
  webServer: [
    appServer(MAIN_PORT, `${MAIN_APP_URL}readyz`, { BASE_PATH }),
    appServer(EXPIRY_PORT, `${EXPIRY_ORIGIN}/readyz`, { SANDBOX_RECORDING_TTL_S: String(RECORDING_TTL_S) }),
    // Audio through the proxy too, so every request the page makes is under the prefix.
    appServer(PREFIX_PORT, `${PREFIX_ORIGIN}/call-log/readyz`, { BASE_PATH: '/call-log/', RECORDING_PLAYBACK: 'proxy' }),
    appServer(PORTAL_APP_PORT, `${PORTAL_APP_ORIGIN}/readyz`, {
      BASE_PATH: '/call-log/',
      FRAME_ANCESTORS: `http://localhost:${PORTAL_PORT}`,
      PUBLIC_URL: PORTAL_URL,
      RECORDING_PLAYBACK: 'proxy',
    }),
    {
      command: 'node e2e/support/portal-server.mjs',
      url: `http://127.0.0.1:${PORTAL_PORT}/portal/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { PORTAL_PORT: String(PORTAL_PORT), APP_PORT: String(PORTAL_APP_PORT) },
    },
  ],
});
