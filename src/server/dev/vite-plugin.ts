/**
 * During `npm run dev`, serves `/api` and the health probes from the Vite dev server
 * itself, so the app and its API share one origin with hot reload. The backend is loaded
 * through Vite's SSR loader: the config file stays free of server code. Under a
 * BASE_PATH the page is opened at the prefix as in production: the prefix is taken off
 * before Vite looks for a file, and the page gets the same `<base>` and configuration.
 */
import type { Plugin } from 'vite';

const BACKEND_PATHS = /^\/(api\/|healthz$|readyz$)/;

export function backendDuringDev(): Plugin {
  let backend: Awaited<ReturnType<typeof import('./backend').startDevBackend>> | undefined;
  return {
    name: 'call-log-backend',
    apply: 'serve',
    async configureServer(server) {
      const { startDevBackend } = (await server.ssrLoadModule('/src/server/dev/backend.ts')) as typeof import('./backend');
      const started = await startDevBackend();
      backend = started;
      server.httpServer?.once('close', () => void started.close());
      server.middlewares.use((req, res, next) => {
        const [path = '', query] = (req.url ?? '').split(/\?(.*)/s, 2);
        if (BACKEND_PATHS.test(started.routedPath(path)) || `${path}/` === started.basePath) {
          // The app strips the prefix itself (and redirects the bare prefix).
          void started.listener(req, res);
          return;
        }
        const routed = started.routedPath(path);
        if (routed !== path) req.url = query === undefined ? routed : `${routed}?${query}`;
        next();
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => (backend === undefined ? html : backend.injectPageConfig(html)),
    },
  };
}
