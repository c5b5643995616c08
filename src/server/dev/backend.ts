/** The same app as in production, for the dev server: config from the environment, sandbox when no credentials. */
import { getRequestListener } from '@hono/node-server';
import { createApp } from '../app';
import { loadConfig } from '../config/load-config';
import { loadDotEnv } from '../dotenv';
import { pathWithoutBase } from '../http/base-path';
import { injectPageConfig, pageConfigOf } from '../http/page-config';
import { settleUpstream } from '../settle-upstream';

export async function startDevBackend() {
  loadDotEnv();
  const config = loadConfig(process.env);
  const upstream = await settleUpstream({ ...config, staticDir: undefined }, process.env);
  const app = createApp(upstream.config);
  const page = pageConfigOf(upstream.config);
  return {
    listener: getRequestListener(app.fetch),
    close: upstream.close,
    basePath: config.basePath,
    /** The request's path as the app routes it (the prefix removed). */
    routedPath: (path: string) => pathWithoutBase(path, config.basePath),
    /** The page as the production server sends it. */
    injectPageConfig: (html: string) => injectPageConfig(html, page),
  };
}
