import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './e2e/support/chromium.mjs';

const PORT = 4173;
const baseURL = `http://127.0.0.1:${PORT}`;

// Playwright's own browser download is not used: the system's Chromium is
// (`npm run test:e2e` installs it first where it can).
const executablePath = findChromium();
if (executablePath === null) {
  throw new Error(
    'No Chromium found for the e2e tests. Run `node e2e/support/ensure-chromium.mjs`, ' +
      'install Chromium yourself, or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}

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
      use: {
        ...devices['Desktop Chrome'],
        headless: true,
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            // Without these, Chromium's own calls home hang on this closed network and
            // its connections get refused.
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node dist/server/index.js',
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // No credentials: the server starts its built-in sandbox.
      CONVIRZA_TOKEN: '',
      CONVIRZA_EMAIL: '',
      CONVIRZA_PASSWORD: '',
    },
  },
});
