/**
 * ACCESS_FILE: the org units the signed-in user may see (see access/), looked up on every
 * `/api` request from the user TRUSTED_AUTH_HEADER names and the groups
 * TRUSTED_GROUPS_HEADER lists. A user with none is refused before anything goes upstream.
 * The units go to the routes, which read calls within them only, and to the request's
 * log line; the groups are not kept (a user may be in hundreds).
 */
import type { MiddlewareHandler } from 'hono';
import type { AccessFileWatch } from '../access/access-file-watch';
import { unitsOf } from '../access/access-rules';
import { forbidden } from './api-error';
import type { AppEnv } from './app-env';
import { CONTROL } from './trusted-user';

const MAX_GROUPS = 1_000;
const MAX_GROUP_LENGTH = 256;

/** The groups a header value lists, comma separated; blank, overlong or odd entries are left out. */
export function groupsFromHeader(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(',')
    .slice(0, MAX_GROUPS)
    .map((group) => group.trim())
    .filter((group) => group !== '' && group.length <= MAX_GROUP_LENGTH && !CONTROL.test(group));
}

export interface UserUnitsOptions {
  access: AccessFileWatch;
  groupsHeader: string | undefined;
  allowedOrgUnitIds: readonly number[] | undefined;
}

/** Runs after `requireUser`, so a user is always named. */
export function userUnits({ access, groupsHeader, allowedOrgUnitIds }: UserUnitsOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get('user') ?? '';
    const groups = groupsHeader === undefined ? [] : groupsFromHeader(c.req.header(groupsHeader));
    const units = unitsOf(await access.current(), { user, groups }, allowedOrgUnitIds);
    c.set('orgUnits', units);
    if (units.length === 0) {
      throw forbidden(
        `You have no access to any org unit's calls in this dashboard. Ask an administrator to give you access (as ${user}).`,
      );
    }
    await next();
  };
}
