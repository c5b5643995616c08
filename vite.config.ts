import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { backendDuringDev } from './src/server/dev/vite-plugin.ts';

// One config for the browser bundle, the dev server and the tests. The proxy itself is
// bundled by `build:server` with `--ssr`, which reuses this file.
export default defineConfig(({ isSsrBuild, mode }) => ({
  // Relative asset URLs: the server puts `<base href>` in the page, so one build runs under any BASE_PATH.
  base: './',
  // Tests start their own servers; the dev backend belongs to `npm run dev` only.
  plugins: isSsrBuild ? [] : mode === 'test' ? [react()] : [react(), backendDuringDev(), reactRouterComponentsPure()],
  // The server bundle carries its own dependencies (hono, @hono/node-server, zod), so it
  // runs from dist/ alone: the container image needs no node_modules (about 84 MB).
  ssr: isSsrBuild ? { noExternal: true } : undefined,
  // `--mode profiling`, for bench/renders-per-change.ts only: React's profiling renderer,
  // so the page's <Profiler> regions (lib/render-region.tsx) report their renders.
  resolve: mode === 'profiling' ? { alias: { 'react-dom/client': 'react-dom/profiling' } } : undefined,
  build: isSsrBuild
    ? { outDir: 'dist/server', emptyOutDir: true, target: 'node20', sourcemap: true, copyPublicDir: false }
    : {
        outDir: 'dist/client',
        emptyOutDir: true,
        sourcemap: true,
        // Every browser the app supports (current evergreen ones) preloads modules itself.
        modulePreload: { polyfill: false },
        rolldownOptions: {
          treeshake: {
            // nuqs builds each of its parsers at its top level with unannotated
            // `createParser(…)` calls: unused ones (hex, index, timestamp…) can go.
            manualPureFunctions: ['createParser'],
          },
        },
      },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // A test that renders the whole call log in jsdom takes 1.5–3.5 s on a 2-core CI
          // machine: 10 s keeps each under half its limit, so a slower machine shows as
          // drift in the durations, not as a random failure.
          testTimeout: 10_000,
          // nuqs must load react-router through Vite like the tests do; Node would hand it
          // react-router's CommonJS build, a second copy with its own router context.
          server: { deps: { inline: ['nuqs'] } },
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/test/setup-dom.ts'],
        },
      },
    ],
  },
}));

/**
 * react-router's published bundle creates some components at its top level with
 * `React.forwardRef(…)`/`React.memo(…)` calls that carry no pure mark, then sets their
 * `displayName` (a name for developer tools), so the bundler keeps them and all they use
 * (<Link>, <NavLink>, <Form>, the data router's routes) whether the app renders them or
 * not. Marking those calls pure, leaving out the names and moving a class's `contextType`
 * into the class lets tree-shaking drop the unused ones. (Rolldown's
 * `propertyWriteSideEffects: false` would drop such writes too, but also some that
 * react-dom depends on.)
 */
function reactRouterComponentsPure(): Plugin {
  return {
    name: 'react-router-components-pure',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]node_modules[\\/]react-router[\\/]dist[\\/].*\.mjs$/ },
      handler(code) {
        // Same lines, so the incoming source map still holds (`map: null`).
        let marked = code
          .replace(/^(var [\w$]+ = )(React\d*\.(?:forwardRef|memo)\()/gm, '$1/* @__PURE__ */ $2')
          .replace(/^[\w$]+\.displayName = "[^"\n]*";$/gm, '');
        // `Boundary.contextType = Context;` after a class: the same as a static field in it.
        for (const [line, name, context] of code.matchAll(/^([\w$]+)\.contextType = ([\w$]+);$/gm)) {
          marked = marked
            .replace(line, '')
            .replace(new RegExp(`^(var ${name} = class extends [\\w$.]+ \\{)$`, 'm'), `$1 static contextType = ${context};`);
        }
        return { code: marked, map: null };
      },
    },
  };
}
