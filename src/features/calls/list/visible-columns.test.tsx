import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { CALL_COLUMNS } from '../../../contract/columns';
import { makeCall, makeEnvelope, makeStats } from '../../../test/fixtures';
import { server, setupMockApi } from '../../../test/msw';
import { renderAppRoute } from '../../../test/render-app-route';
import { CallLogPage } from '../call-log-page';

setupMockApi();

function mockApi() {
  server.use(
    http.get('*/api/calls/stats', () => HttpResponse.json(makeStats())),
    http.get('*/api/calls', () => HttpResponse.json(makeEnvelope([makeCall({ campaign_name: 'Campaign 0' })], 1))),
  );
}

const headers = async () => {
  await waitFor(() => expect(document.querySelector('tr[data-call-id]')).not.toBeNull());
  return within(screen.getByRole('table')).getAllByRole('columnheader').map((header) => header.textContent);
};

/** Opens the column chooser, whose code arrives a moment after the first paint. */
const chooser = async () => {
  fireEvent.click(await screen.findByRole('button', { name: 'Columns' }));
  return within(screen.getByRole('group', { name: 'Show columns' }));
};

describe('the columns the address asks for', () => {
  it('are the default set when it names none: what a manager scans first, then a few more', async () => {
    mockApi();
    renderAppRoute(<CallLogPage />, '/');
    expect(await headers()).toEqual(['Started', 'Caller', 'Disposition', 'Duration', 'Campaign', 'Recording', 'Tags']);
  });

  it('are the named ones, in the table’s order, for a link that names them', async () => {
    mockApi();
    renderAppRoute(<CallLogPage />, '/?cols=channel,group,started');
    expect(await headers()).toEqual(['Started', 'Group', 'Channel']);
  });

  it('can be every column, which the address then names', async () => {
    mockApi();
    const view = renderAppRoute(<CallLogPage />, '/');
    await headers();
    await chooser();
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    await waitFor(async () => expect(await headers()).toEqual(CALL_COLUMNS.map((column) => column.label)));
    expect(view.search().get('cols')).toBe(CALL_COLUMNS.map((column) => column.id).join(','));
  });

  it('leave the address once the reader is back to the default set', async () => {
    mockApi();
    const view = renderAppRoute(<CallLogPage />, '/');
    await headers();
    const options = await chooser();
    fireEvent.click(options.getByRole('checkbox', { name: 'Score' }));
    await waitFor(() => expect(view.search().get('cols')).toBe('started,caller,disposition,duration,campaign,recording,tags,score'));
    fireEvent.click(options.getByRole('checkbox', { name: 'Score' }));
    await waitFor(() => expect(view.search().has('cols')).toBe(false));
    expect(await headers()).not.toContain('Score');
  });
});
