import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_ARGS, findChromium } from './e2e/support/chromium.mjs';
import { sandboxServerEnv } from './e2e/support/server-env';

// E2E_PORT_BASE moves every port, so two checkouts can run the suite side by side.
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 4173);
const PORT = PORT_BASE;
const baseURL = `http://127.0.0.1:${PORT}`;
/** A second server whose recording links last seconds, to watch the player renew them. */
const EXPIRY_PORT = PORT_BASE + 1;
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

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // A flaky test is a bug to fix, not to retry.
  retries: 0,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL,
    locale: 'en-US',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /recording\.spec\.ts/,
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
      url: `${baseURL}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: sandboxServerEnv(PORT),
    },
    {
      command: 'node dist/server/index.js',
      url: `http://127.0.0.1:${EXPIRY_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...sandboxServerEnv(EXPIRY_PORT), SANDBOX_RECORDING_TTL_S: String(RECORDING_TTL_S) },
    },
  ],
});
