/** The same app as in production, for the dev server: config from the environment, sandbox when no credentials. */
import { getRequestListener } from '@hono/node-server';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { loadDotEnv } from '../dotenv';
import { settleUpstream } from '../settle-upstream';

export async function startDevBackend() {
  loadDotEnv();
  const config = loadConfig(process.env);
  const upstream = await settleUpstream({ ...config, staticDir: undefined }, process.env);
  const app = createApp(upstream.config);
  return { listener: getRequestListener(app.fetch), close: upstream.close };
}
