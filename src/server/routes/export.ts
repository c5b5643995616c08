/**
 * `GET /api/calls/export.csv`: every call the filters select as a CSV download,
 * streamed page by page (see export/). The first page is read before answering, so a
 * refused query or an unreachable upstream is a normal error answer, not a broken file.
 * It is background work, each page paid from the client's upstream budget as it is read.
 */
import { Hono } from 'hono';
import { parseCallsExportQuery } from '../../contract/api-query';
import type { Call } from '../../contract/call';
import type { TimeRange } from '../aggregate/windows';
import { csvRecord } from '../export/csv';
import { csvLayout } from '../export/csv-columns';
import { csvStream } from '../export/csv-stream';
import { badRequest } from '../http/api-error';
import type { AppEnv } from '../http/app-env';
import { chargedClient } from '../http/budget-middleware';
import { ClientGoneError } from '../http/client-gone';
import type { Spending } from '../http/upstream-budget';
import type { Services } from '../services';
import { localDate } from '../time/zoned-time';

const BOM = '\uFEFF';

export function exportRoutes({ within, logger, budget }: Services): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/export.csv', async (c) => {
    const parsed = parseCallsExportQuery(new URL(c.req.url).searchParams);
    if (!parsed.ok) throw badRequest(`The query is not valid: ${parsed.message}.`, parsed.fields);
    const { tz, columns, bom, ...filters } = parsed.query;
    const layout = csvLayout(columns, tz);

    const cancelled = new AbortController();
    const signal = AbortSignal.any([c.req.raw.signal, cancelled.signal]);
    const { csvExport } = within(c.get('orgUnits'));
    // Its size is known only as it goes: each page is paid for as it is read (see upstream-budget.ts).
    const spending = budget.open(chargedClient(c), { priority: 'background', cost: 1, paced: true });
    let range: TimeRange;
    let rest: AsyncIterator<readonly Call[], void>;
    let first: IteratorResult<readonly Call[], void>;
    try {
      const exported = await spending.run(() => csvExport.pages(filters, layout.include, signal));
      range = exported.range;
      rest = pagesWithin(spending, exported.pages);
      first = await rest.next();
    } catch (error) {
      spending.close();
      throw error;
    }
    const requestId = c.get('requestId');

    const body = csvStream({
      head: (bom ? BOM : '') + csvRecord(layout.header),
      first: first.done ? [] : first.value,
      rest,
      row: layout.row,
      onCancel: () => {
        cancelled.abort();
        spending.close();
      },
      onError: (error) => {
        if (error instanceof ClientGoneError) return;
        logger.error('export stopped midway', { requestId, error: error instanceof Error ? error.message : String(error) });
      },
    });
    return c.body(body, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${exportFileName(range, tz)}"`,
    });
  });
  return routes;
}

/** The pages, each read within the export's spending, which is closed when they end or fail. */
function pagesWithin(spending: Spending, pages: AsyncIterator<readonly Call[], void>): AsyncIterator<readonly Call[], void> {
  return {
    next: async () => {
      try {
        const next = await spending.run(() => pages.next());
        if (next.done) spending.close();
        return next;
      } catch (error) {
        spending.close();
        throw error;
      }
    },
  };
}

/** `calls_2026-10-01_2026-10-31.csv`: the first and last local day of the half-open range. */
export function exportFileName({ start, end }: TimeRange, timeZone: string): string {
  const last = Math.max(start.getTime(), end.getTime() - 1);
  return `calls_${localDate(start.getTime(), timeZone)}_${localDate(last, timeZone)}.csv`;
}
