/**
 * `/api`: every route group mounted as a Hono sub-app, the way Hono's docs group
 * routes. No two groups' paths overlap (call ids are digits only), so the order they
 * are mounted in changes nothing (api.test.ts mounts them in opposite orders to keep it so).
 */
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import type { Services } from '../services';
import { callsRoutes } from './calls';
import { catalogRoutes } from './catalog';
import { exportRoutes } from './export';
import { metaRoutes } from './meta';
import { recordingRoutes } from './recording';
import { sandboxControlRoutes } from './sandbox-control';
import { statsRoutes } from './stats';

export interface RouteGroup {
  /** Where under `/api` the group's paths start. */
  at: string;
  routes: (services: Services) => Hono<AppEnv>;
}

export const API_ROUTE_GROUPS: readonly RouteGroup[] = [
  { at: '/calls', routes: callsRoutes },
  { at: '/calls', routes: statsRoutes },
  { at: '/calls', routes: exportRoutes },
  { at: '/calls', routes: recordingRoutes },
  { at: '/', routes: metaRoutes },
  { at: '/', routes: sandboxControlRoutes },
  { at: '/', routes: catalogRoutes },
];

export function apiRoutes(services: Services, groups: readonly RouteGroup[] = API_ROUTE_GROUPS): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  for (const { at, routes } of groups) api.route(at, routes(services));
  return api;
}
