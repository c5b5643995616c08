/**
 * One JSON object per line, so any log shipper can read it. Every line passes through
 * a redactor that knows the live secrets (credentials and current tokens): whatever a
 * message or an upstream answer contains, a secret never reaches the log.
 */
import type { LogLevel } from './config/variables';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /**
   * Registers a value to be masked from now on. `rotating` marks a value that a newer one
   * replaces (an issued token): only the most recent of those are kept, so a long run that
   * renews its token often does not grow the list, or the cost of every line, without bound.
   */
  addSecret(secret: string, options?: { rotating?: boolean }): void;
}

/** How many rotating secrets (issued tokens) stay masked: the live ones and a few before. */
export const ROTATING_SECRETS_KEPT = 16;

export type LogSink = (line: string) => void;

export function createLogger(
  level: LogLevel,
  sink: LogSink = (line) => process.stdout.write(`${line}\n`),
  secrets: Iterable<string> = [],
): Logger {
  const fixed = new Set<string>();
  const rotating = new Set<string>();
  const addSecret = (secret: string, options: { rotating?: boolean } = {}) => {
    // Very short values would mask ordinary words; real secrets are longer.
    if (secret.length < 4 || fixed.has(secret)) return;
    if (!options.rotating) {
      fixed.add(secret);
      rotating.delete(secret);
      return;
    }
    rotating.delete(secret);
    rotating.add(secret);
    if (rotating.size > ROTATING_SECRETS_KEPT) rotating.delete(rotating.values().next().value as string);
  };
  for (const s of secrets) addSecret(s);

  // Lines are JSON, where a quote or backslash in a secret appears escaped: mask both spellings.
  const spellings = (secret: string) => {
    const escaped = JSON.stringify(secret).slice(1, -1);
    return escaped === secret ? [secret] : [escaped, secret];
  };
  const redact = (line: string) => {
    let out = line;
    for (const secret of [...fixed, ...rotating]) {
      for (const spelling of spellings(secret)) out = out.split(spelling).join('[redacted]');
    }
    return out;
  };

  const write = (lvl: Exclude<LogLevel, 'silent'>, msg: string, fields?: LogFields) => {
    if (RANK[lvl] < RANK[level]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level: lvl, msg, ...fields });
    sink(redact(line));
  };

  return {
    debug: (msg, fields) => write('debug', msg, fields),
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
    addSecret,
  };
}
