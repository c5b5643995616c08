import { describe, expect, it } from 'vitest';
import { ROTATING_SECRETS_KEPT, createLogger } from './logger';

describe('createLogger', () => {
  it('writes one JSON object per line with the given fields', () => {
    const lines: string[] = [];
    createLogger('info', (l) => lines.push(l)).info('request', { status: 200 });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ level: 'info', msg: 'request', status: 200 });
  });

  it('drops lines below its level', () => {
    const lines: string[] = [];
    const logger = createLogger('warn', (l) => lines.push(l));
    logger.info('quiet');
    logger.warn('loud');
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['loud']);
  });

  it('masks known secrets and those registered later, wherever they appear', () => {
    const lines: string[] = [];
    const logger = createLogger('debug', (l) => lines.push(l), ['pw-hunter2']);
    logger.addSecret('access-token-xyz');
    logger.error('boom', { detail: 'login with pw-hunter2 gave access-token-xyz', nested: { t: 'access-token-xyz' } });
    expect(lines[0]).not.toContain('pw-hunter2');
    expect(lines[0]).not.toContain('access-token-xyz');
    expect(lines[0]).toContain('[redacted]');
  });
});

describe('secret masking', () => {
  it('masks a secret whose characters JSON escapes (quotes, backslashes)', () => {
    const lines: string[] = [];
    const logger = createLogger('debug', (l) => lines.push(l), ['pa"ss\\word']);
    logger.warn('oops', { detail: 'the password pa"ss\\word was echoed' });
    expect(lines[0]).not.toContain(JSON.stringify('pa"ss\\word').slice(1, -1));
    expect(JSON.parse(lines[0] ?? '').detail).toBe('the password [redacted] was echoed');
  });

  it('keeps the credentials masked however many tokens rotate through, and the token list bounded', () => {
    const lines: string[] = [];
    const logger = createLogger('debug', (l) => lines.push(l), ['pw-hunter2']);
    for (let i = 0; i < 1000; i++) logger.addSecret(`token-${String(i).padStart(4, '0')}`, { rotating: true });
    logger.info('line', { a: 'pw-hunter2', newest: 'token-0999', recent: `token-0${1000 - ROTATING_SECRETS_KEPT}`, old: 'token-0001' });
    const line = JSON.parse(lines[0] ?? '');
    expect(line).toMatchObject({ a: '[redacted]', newest: '[redacted]', recent: '[redacted]' });
    // Long-replaced tokens are forgotten: that is what keeps the list from growing.
    expect(line.old).toBe('token-0001');
  });

  it('never lets a rotating entry push out a credential registered later', () => {
    const lines: string[] = [];
    const logger = createLogger('debug', (l) => lines.push(l));
    logger.addSecret('ops@example.com');
    for (let i = 0; i < 100; i++) logger.addSecret(`token-${i}-abcdef`, { rotating: true });
    logger.info('line', { who: 'ops@example.com' });
    expect(JSON.parse(lines[0] ?? '').who).toBe('[redacted]');
  });
});
