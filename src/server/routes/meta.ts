/** `/api/meta`: what the page needs to know about the server; never a secret. */
import { Hono } from 'hono';
import type { Meta } from '../../contract/api';
import type { AppEnv } from '../http/app-env';
import type { Services } from '../services';

export function metaRoutes({ config, within }: Services): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/meta', (c) => {
    // The units this user may see, so the org-unit picker offers those only.
    const { scope } = within(c.get('orgUnits'));
    const meta: Meta = {
      upstream: config.upstream,
      recordingPlayback: config.recordingPlayback,
      orgUnitScope: scope.ids && [...scope.ids],
    };
    return c.json(meta);
  });
}
