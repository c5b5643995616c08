/**
 * One JSON object per line, so any log shipper can read it. Every line passes through
 * a redactor that knows the live secrets (credentials and current tokens): whatever a
 * message or an upstream answer contains, a secret never reaches the log.
 */
import type { LogLevel } from './config';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** Registers a value to be masked from now on (a token as it is issued). */
  addSecret(secret: string): void;
}

export type LogSink = (line: string) => void;

export function createLogger(
  level: LogLevel,
  sink: LogSink = (line) => process.stdout.write(`${line}\n`),
  secrets: Iterable<string> = [],
): Logger {
  const masked = new Set<string>();
  const addSecret = (secret: string) => {
    // Very short values would mask ordinary words; real secrets are longer.
    if (secret.length >= 4) masked.add(secret);
  };
  for (const s of secrets) addSecret(s);

  const redact = (line: string) => {
    let out = line;
    for (const secret of masked) out = out.split(secret).join('[redacted]');
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
