# syntax=docker/dockerfile:1

# Node 26 is the Active LTS line (24 and 22 are in maintenance). package.json's engines
# accept 20.19+, 22.12+ and 24+, so `--build-arg NODE_VERSION=24` builds on 24 instead.
ARG NODE_VERSION=26

# --- build: every dependency, then the SPA (dist/client) and the server (dist/server) ---
FROM node:${NODE_VERSION}-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install script is needed to build: esbuild's only checks its binary and msw's copies
# a worker for the browser tests. Skipping them keeps the build independent of npm's
# install-script approval policy.
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

# --- runtime: Node and the built files; the server bundle carries its dependencies ---
FROM node:${NODE_VERSION}-alpine
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080
WORKDIR /app
# package.json only for "type": "module". The files stay owned by root: the server
# cannot change its own code.
COPY --from=build /app/package.json ./
COPY --from=build /app/dist ./dist
# The image's `node` user, by number so that Kubernetes' runAsNonRoot can check it.
USER 1000:1000
EXPOSE 8080
# Slim images have no curl; Node's fetch does the same.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node itself is PID 1 (no npm or shell in between), so SIGTERM from `docker stop`
# reaches the server, which closes its connections and exits.
CMD ["node", "dist/server/index.js"]
