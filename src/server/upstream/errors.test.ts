import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger';
import { mapUpstreamFailure, upstreamTimeout } from './errors';

const logger = createLogger('silent');

describe('messages about waiting', () => {
  it('say "1 second", never "1 seconds" or "0 seconds"', () => {
    expect(mapUpstreamFailure({ status: 429, bodyText: '', retryAfterS: 1, what: 'call list' }, logger).message).toContain(
      'Wait 1 second and try again.',
    );
    expect(mapUpstreamFailure({ status: 429, bodyText: '', retryAfterS: 30, what: 'call list' }, logger).message).toContain(
      'Wait 30 seconds and try again.',
    );
    expect(mapUpstreamFailure({ status: 429, bodyText: '', what: 'call list' }, logger).message).toContain('Wait a few seconds');
    expect(upstreamTimeout(400).message).toContain('within 1 second.');
    expect(upstreamTimeout(15_000).message).toContain('within 15 seconds.');
  });
});
