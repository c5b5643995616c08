/**
 * Where the suite's servers listen: playwright.config.ts starts them and points each
 * project at one, ./global-setup.ts warms them up. E2E_PORT_BASE moves every port, so two
 * checkouts can run the suite side by side.
 */
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 4173);

const loopback = (port: number) => `http://127.0.0.1:${port}`;

/**
 * The main suite's server, under a path prefix: every spec of the `chromium` project
 * reaches the app through it (specs address the app relatively, see ./app.ts).
 */
export const MAIN_PORT = PORT_BASE;
export const BASE_PATH = '/call-log/';
export const MAIN_APP_URL = `${loopback(MAIN_PORT)}${BASE_PATH}`;

/**
 * A second server whose recording links last seconds, to watch the player renew them;
 * it serves at the root, so the root path keeps its own run in a browser.
 */
export const EXPIRY_PORT = PORT_BASE + 1;
export const EXPIRY_ORIGIN = loopback(EXPIRY_PORT);

/** A server under BASE_PATH=/call-log/, reached with the prefix kept. */
export const PREFIX_PORT = PORT_BASE + 2;
export const PREFIX_ORIGIN = loopback(PREFIX_PORT);

/**
 * A portal page framing the app from another origin, and its reverse proxy that strips
 * the prefix; the app it proxies to listens on the port after it.
 */
export const PORTAL_PORT = PORT_BASE + 3;
export const PORTAL_APP_PORT = PORT_BASE + 4;
export const PORTAL_URL = `http://localhost:${PORTAL_PORT}/portal/`;
export const PORTAL_APP_ORIGIN = loopback(PORTAL_APP_PORT);

/** Each app server's base address as the specs' pages reach it (the portal's through its proxy). */
export const APP_URLS = [
  MAIN_APP_URL,
  `${EXPIRY_ORIGIN}/`,
  `${PREFIX_ORIGIN}/call-log/`,
  `${loopback(PORTAL_PORT)}/call-log/`,
] as const;
