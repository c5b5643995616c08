/**
 * During `npm run dev`, serves `/api` and the health probes from the Vite dev server
 * itself, so the app and its API share one origin with hot reload. The backend is loaded
 * through Vite's SSR loader: the config file stays free of server code.
 */
import type { Plugin } from 'vite';

const BACKEND_PATHS = /^\/(api\/|healthz$|readyz$)/;

export function backendDuringDev(): Plugin {
  return {
    name: 'call-log-backend',
    apply: 'serve',
    async configureServer(server) {
      const { startDevBackend } = (await server.ssrLoadModule('/src/server/dev/backend.ts')) as typeof import('./backend');
      const backend = await startDevBackend();
      server.httpServer?.once('close', () => void backend.close());
      server.middlewares.use((req, res, next) => {
        if (req.url && BACKEND_PATHS.test(req.url.split('?')[0] ?? '')) {
          void backend.listener(req, res);
        } else {
          next();
        }
      });
    },
  };
}
