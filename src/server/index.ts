/**
 * Entry point: read the configuration, settle the upstream (Convirza or the sandbox),
 * serve the app and `/api` on one port, and on SIGTERM/SIGINT drain (see http/drain.ts)
 * and exit.
 */
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { drainable, ShutdownState } from './http/drain';
import { ConfigError, loadConfig, secretsOf } from './config/load-config';
import { loadDotEnv } from './dotenv';
import { createLogger } from './logger';
import { settleUpstream } from './settle-upstream';

async function main(): Promise<void> {
  let config;
  try {
    loadDotEnv();
    config = loadConfig(process.env);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message}\n${error instanceof ConfigError ? 'See .env.example for every variable.\n' : ''}`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel, undefined, secretsOf(config.credentials));
  const staticDir = config.staticDir ?? fileURLToPath(new URL('../client', import.meta.url));

  let upstream;
  try {
    upstream = await settleUpstream({ ...config, staticDir }, process.env);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const shutdown = new ShutdownState();
  let app;
  try {
    app = createApp(upstream.config, { logger, shutdown });
  } catch (error) {
    // A bad ACCESS_FILE: the message names the file and what is wrong in it.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    await upstream.close();
    process.exit(1);
  }

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    logger.info('listening', {
      url: `http://${shown}:${info.port}`,
      upstream: upstream.config.upstream === 'sandbox' ? 'sandbox (generated demo data)' : upstream.config.apiUrl,
    });
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    process.stderr.write(
      error.code === 'EADDRINUSE'
        ? `Port ${config.port} is already in use: stop the other process or set PORT.\n`
        : `The server could not start: ${error.message}\n`,
    );
    process.exit(1);
  });

  const drain = drainable(server as Server, shutdown);
  const graceMs = config.shutdownGraceS * 1000;
  const stop = (signal: string) => {
    logger.info('shutting down', { signal });
    // Whatever else hangs (an upstream that never lets go), the process still ends.
    setTimeout(() => {
      logger.warn('shutdown did not finish in time; exiting');
      process.exit(0);
    }, graceMs + 5_000).unref();
    void drain
      .drain({ graceMs, logger })
      .then(() => upstream.close())
      .finally(() => {
        logger.info('stopped');
        process.exit(0);
      });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

void main();
