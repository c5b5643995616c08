import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError, type ApiRequestErrorInit } from '../../../lib/api-client';
import { LoadError } from './load-error';

function apiError(init: Partial<ApiRequestErrorInit> & Pick<ApiRequestErrorInit, 'status' | 'code'>) {
  return new ApiRequestError({ message: 'Something failed.', requestId: 'req-7f3a', ...init });
}

describe('LoadError', () => {
  it('names the part of the page that could not be loaded, at the heading level of its section', () => {
    render(
      <LoadError
        subject="The summary"
        headingLevel={3}
        error={apiError({ status: 502, code: 'upstream_error' })}
        onRetry={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'The summary could not be loaded' })).toBeTruthy();
  });

  it('says "Calls" by default', () => {
    render(<LoadError error={apiError({ status: 502, code: 'upstream_error' })} onRetry={() => {}} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Calls could not be loaded' })).toBeTruthy();
  });

  it('shows the proxy’s 403 message naming the org unit, how to get access, and no retry', () => {
    const message = 'Your account cannot see calls of org unit 1200 (Roofing Division).';
    render(<LoadError error={apiError({ status: 403, code: 'forbidden', message })} onRetry={() => {}} />);

    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(message)).toBeTruthy();
    expect(within(alert).getByText(/Choose an org unit you have access to/)).toBeTruthy();
    expect(within(alert).queryByRole('button')).toBeNull();
    expect(within(alert).getByText('req-7f3a').tagName).toBe('CODE');
  });

  it.each([
    ['the proxy’s 401', apiError({ status: 401, code: 'unauthorized', message: 'You are not signed in. Open the dashboard through your company portal.' })],
    ['a 401 from the portal’s own proxy', apiError({ status: 401, code: 'invalid_response', message: 'The server answered with an error (HTTP 401) instead of data.' })],
  ])('on %s, asks to sign in again and offers a reload instead of a retry that would fail the same way', (_, error) => {
    render(<LoadError error={error} onRetry={() => {}} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Sign-in needed' })).toBeTruthy();
    expect(within(alert).getByText(error.message)).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeTruthy();
    expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  describe('rate limited (429)', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('counts down the server’s wait and only then enables Retry', () => {
      const onRetry = vi.fn();
      render(
        <LoadError
          error={apiError({ status: 429, code: 'rate_limited', message: 'Too many requests.', retryAfter: 3 })}
          onRetry={onRetry}
        />,
      );
      const alert = screen.getByRole('alert');
      const retry = within(alert).getByRole('button', { name: 'Retry' }) as HTMLButtonElement;
      expect(within(alert).getByText('3 seconds')).toBeTruthy();
      expect(retry.disabled).toBe(true);
      fireEvent.click(retry);
      expect(onRetry).not.toHaveBeenCalled();

      act(() => vi.advanceTimersByTime(1000));
      expect(within(alert).getByText('2 seconds')).toBeTruthy();
      act(() => vi.advanceTimersByTime(1000));
      expect(within(alert).getByText('1 second')).toBeTruthy();
      expect(retry.disabled).toBe(true);

      act(() => vi.advanceTimersByTime(1000));
      expect(retry.disabled).toBe(false);
      expect(within(alert).getByText('You can try again now.')).toBeTruthy();
      fireEvent.click(retry);
      expect(onRetry).toHaveBeenCalledTimes(1);
      expect(within(alert).getByText('req-7f3a')).toBeTruthy();
    });

    it('allows a retry at once when the server named no wait', () => {
      const onRetry = vi.fn();
      render(<LoadError error={apiError({ status: 429, code: 'rate_limited' })} onRetry={onRetry} />);
      const retry = screen.getByRole('button', { name: 'Retry' }) as HTMLButtonElement;
      expect(retry.disabled).toBe(false);
      fireEvent.click(retry);
      expect(onRetry).toHaveBeenCalledTimes(1);
    });
  });

  it.each([
    ['upstream error (502)', apiError({ status: 502, code: 'upstream_error', message: 'Convirza answered with an error.' })],
    ['upstream timeout (504)', apiError({ status: 504, code: 'upstream_timeout', message: 'Convirza took too long.' })],
    ['upstream unavailable (503)', apiError({ status: 503, code: 'upstream_unavailable', message: 'Convirza is down.' })],
    [
      'network failure',
      new ApiRequestError({ status: 0, code: 'network_error', message: 'The dashboard server could not be reached.' }),
    ],
    ['invalid response', apiError({ status: 200, code: 'invalid_response', message: 'The answer was not in the expected format.' })],
  ])('shows the message of a %s and retries on request', (_, error) => {
    const onRetry = vi.fn();
    render(<LoadError error={error} onRetry={onRetry} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(error.message)).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('shows a bad request’s message and each field’s problem, without a retry that would fail the same way', () => {
    render(
      <LoadError
        error={apiError({
          status: 400,
          code: 'bad_request',
          message: 'The call filters are not valid.',
          fields: { start: ['must be before end'], limit: ['must be at most 200'] },
        })}
        onRetry={() => {}}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('The call filters are not valid.')).toBeTruthy();
    const items = within(alert).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['start: must be before end', 'limit: must be at most 200']);
    expect(within(alert).queryByRole('button')).toBeNull();
    expect(within(alert).getByText('req-7f3a')).toBeTruthy();
  });

  it('shows no support reference when there is no request id', () => {
    render(
      <LoadError
        error={new ApiRequestError({ status: 0, code: 'network_error', message: 'Offline.' })}
        onRetry={() => {}}
      />,
    );
    expect(screen.queryByText(/Reference for support/)).toBeNull();
  });

  it('treats an error that is not from the API as retryable', () => {
    const onRetry = vi.fn();
    render(<LoadError error={new Error('Something broke.')} onRetry={onRetry} />);
    expect(screen.getByText('Something broke.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
