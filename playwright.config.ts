import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_ARGS, findChromium } from './e2e/support/chromium.mjs';
import { sandboxServerEnv } from './e2e/support/server-env';

// E2E_PORT_BASE moves every port, so two checkouts can run the suite side by side.
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 4173);
/**
 * The main suite's server, under a path prefix: every spec of the `chromium` project
 * reaches the app through it (specs address the app relatively, see e2e/support/app.ts).
 */
const PORT = PORT_BASE;
const BASE_PATH = '/call-log/';
const baseURL = `http://127.0.0.1:${PORT}${BASE_PATH}`;
/**
 * A second server whose recording links last seconds, to watch the player renew them;
 * it serves at the root, so the root path keeps its own run in a browser.
 */
const EXPIRY_PORT = PORT_BASE + 1;
const RECORDING_TTL_S = 4;
/** A server under BASE_PATH=/call-log/, reached with the prefix kept. */
const PREFIX_PORT = PORT_BASE + 2;
/**
 * A portal page framing the app from another origin, and its reverse proxy that strips
 * the prefix; the app it proxies to listens on the port after it.
 */
const PORTAL_PORT = PORT_BASE + 3;
const PORTAL_APP_PORT = PORT_BASE + 4;
const PORTAL_URL = `http://localhost:${PORTAL_PORT}/portal/`;

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

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // A flaky test is a bug to fix, not to retry.
  retries: 0,
  workers: 2,
  reporter: 'list',
  use: {
    locale: 'en-US',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /(recording|prefix|portal|access)\.spec\.ts/,
      use: { ...browser, baseURL },
    },
    {
      name: 'prefix',
      testMatch: /prefix\.spec\.ts/,
      use: { ...browser, baseURL: `http://127.0.0.1:${PREFIX_PORT}` },
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
      use: { ...browser, baseURL: `http://127.0.0.1:${EXPIRY_PORT}` },
    },
  ],
  webServer: [
    {
      command: 'node dist/server/index.js',
      url: `${baseURL}healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...sandboxServerEnv(PORT), BASE_PATH },
    },
    {
      command: 'node dist/server/index.js',
      url: `http://127.0.0.1:${EXPIRY_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...sandboxServerEnv(EXPIRY_PORT), SANDBOX_RECORDING_TTL_S: String(RECORDING_TTL_S) },
    },
    {
      command: 'node dist/server/index.js',
      url: `http://127.0.0.1:${PREFIX_PORT}/call-log/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      // Audio through the proxy too, so every request the page makes is under the prefix.
      env: { ...sandboxServerEnv(PREFIX_PORT), BASE_PATH: '/call-log/', RECORDING_PLAYBACK: 'proxy' },
    },
    {
      command: 'node dist/server/index.js',
      url: `http://127.0.0.1:${PORTAL_APP_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        ...sandboxServerEnv(PORTAL_APP_PORT),
        BASE_PATH: '/call-log/',
        FRAME_ANCESTORS: `http://localhost:${PORTAL_PORT}`,
        PUBLIC_URL: PORTAL_URL,
        RECORDING_PLAYBACK: 'proxy',
      },
    },
    {
      command: 'node e2e/support/portal-server.mjs',
      url: `http://127.0.0.1:${PORTAL_PORT}/portal/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { PORTAL_PORT: String(PORTAL_PORT), APP_PORT: String(PORTAL_APP_PORT) },
    },
  ],
});
