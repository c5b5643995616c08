/**
 * Serves the built SPA: hashed assets cached for a year (their names change with their
 * content), index.html never cached (so a deploy is seen at once) and served for every
 * client-side route, so a shared deep link loads the app. The page is served with its
 * runtime configuration put in (the prefix as `<base href>`, embedding settings), never
 * as the bare file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import type { PageConfig } from '../../contract/page-config';
import { isApiPath } from './api-path';
import type { AppEnv } from './app-env';
import { injectPageConfig } from './page-config';

const IMMUTABLE = 'public, max-age=31536000, immutable';

export function mountStaticFiles(app: Hono<AppEnv>, root: string, page: PageConfig): void {
  let indexHtml: Promise<string> | undefined;
  const loadIndex = () =>
    (indexHtml ??= readFile(join(root, 'index.html'), 'utf8').then((html) => injectPageConfig(html, page)));
  const servePage = async (c: Context<AppEnv>) => {
    let html: string;
    try {
      html = await loadIndex();
    } catch {
      indexHtml = undefined;
      return c.text('The dashboard has not been built: run `npm run build`.', 503);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(html);
  };

  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200 || c.res.status === 206) c.header('Cache-Control', IMMUTABLE);
  });
  // Files outside /assets/ keep their names from one deploy to the next (the page, the
  // icon, theme-init.js, the theme.css a deployment may replace): always revalidated.
  app.use('*', async (c, next) => {
    await next();
    if (!c.req.path.startsWith('/assets/') && c.res.ok && !c.res.headers.has('cache-control')) {
      c.header('Cache-Control', 'no-cache');
    }
  });
  // Before the file server: the page without its configuration would not work under a prefix.
  app.get('/index.html', servePage);
  const files = serveStatic<AppEnv>({ root, index: '__no_directory_index__' });
  // Nothing under /api is a file or a page, so this may be mounted before the API or after it.
  app.use('*', (c, next) => (isApiPath(c.req.path) ? next() : files(c, next)));

  // Client routes: anything that looks like a page, not a missing file. Nothing under
  // /assets/ is a page: the fallback there would be cached for a year as an asset.
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/assets/') || isApiPath(path)) return next();
    if (/\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html')) return next();
    return servePage(c);
  });
}
