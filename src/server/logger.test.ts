import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

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
