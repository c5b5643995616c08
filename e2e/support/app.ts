/**
 * Where the app under test lives, and the `test` the specs use. The main project serves
 * the app under a path prefix (BASE_PATH=/call-log/, baseURL http://127.0.0.1:P/call-log/),
 * so specs address it relatively: `?start=…`, `./`, `api/calls`. An absolute path
 * (`/api/calls`) would drop the prefix, and the server still answers it (a reverse proxy
 * may strip the prefix), so a spec could pass without the prefix being used at all:
 * `test` below fails any spec whose page asks the app's origin for anything outside it.
 */
import { test as base, expect } from '@playwright/test';

export { expect };

/** `path` resolved against the project's baseURL, read as a folder (`…/call-log/`). */
export function appUrl(path = ''): URL {
  const baseURL = base.info().project.use.baseURL;
  if (baseURL === undefined) throw new Error('The e2e project has no baseURL');
  return new URL(path, baseURL.endsWith('/') ? baseURL : `${baseURL}/`);
}

/** The pathname of an `/api` route under the app's base: `apiPathname('calls')` is `/call-log/api/calls`. */
export const apiPathname = (route: string): string => appUrl(`api/${route}`).pathname;

export const test = base.extend<{ requestsStayUnderBase: void }>({
  requestsStayUnderBase: [
    async ({ context }, use) => {
      const app = appUrl();
      const outside: string[] = [];
      // Other origins (the sandbox's recording links when played directly) are not the app's.
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === app.origin && !url.pathname.startsWith(app.pathname)) {
          outside.push(`${request.method()} ${url.pathname}`);
        }
      });
      await use();
      expect(outside, `requests to ${app.origin} outside ${app.pathname}`).toEqual([]);
    },
    { auto: true },
  ],
});
