/**
 * What the call-log specs share: an absolute past range whose calls never change, the
 * page's parts found the way a reader finds them, and the `/api/calls` answers the page
 * receives, so a test can say "these rows are that answer". Addresses are relative to
 * the app's base (see ./app.ts), so they hold with a path prefix and without.
 */
import { expect, type Locator, type Page, type Request, type Response } from '@playwright/test';
import { apiPathname } from './app';
import { parseCallsQuery } from '../../src/contract/calls-query';
import { Dataset, DEFAULT_SEED, type QueryResult } from '../../src/sandbox/index';

const DAY_MS = 86_400_000;

export interface AbsoluteRange {
  start: string;
  end: string;
}

/**
 * Whole UTC days in the past, `fromDaysAgo` midnight to `toDaysAgo` midnight. The
 * sandbox's newest minutes still change (analysis arrives after a call); these never do.
 */
export function pastRange(fromDaysAgo = 3, toDaysAgo = 2, now = Date.now()): AbsoluteRange {
  const midnight = Math.floor(now / DAY_MS) * DAY_MS;
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  return { start: iso(midnight - fromDaysAgo * DAY_MS), end: iso(midnight - toDaysAgo * DAY_MS) };
}

/** The call log's address for a range plus any other parameters, relative to the app's base. */
export function callLogPath(range: AbsoluteRange, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ start: range.start, end: range.end, ...extra });
  return `?${params.toString()}`;
}

export interface ListCall {
  call_id: number;
  campaign_id?: number | null;
  campaign_name?: string | null;
  disposition?: string;
}

export interface ListAnswer {
  params: URLSearchParams;
  total: number;
  calls: ListCall[];
  ids: number[];
}

export const isListRequest = (request: Request) =>
  request.method() === 'GET' && new URL(request.url()).pathname === apiPathname('calls');

export const isCallsList = (response: Response) => isListRequest(response.request());

/** Resolves with the next successful `/api/calls` answer whose query matches. */
export async function nextListAnswer(
  page: Page,
  matches: (params: URLSearchParams) => boolean = () => true,
): Promise<ListAnswer> {
  const response = await page.waitForResponse(
    (r) => isCallsList(r) && matches(new URL(r.url()).searchParams),
  );
  expect(response.status(), await response.text()).toBe(200);
  const body = (await response.json()) as { data: { total: number; calls: ListCall[] } };
  return {
    params: new URL(response.url()).searchParams,
    total: body.data.total,
    calls: body.data.calls,
    ids: body.data.calls.map((call) => call.call_id),
  };
}

/** A first page (offset 0) of the list, optionally with one parameter's value. */
export const firstPage =
  (key?: string, value?: string | null) =>
  (params: URLSearchParams): boolean =>
    (params.get('offset') ?? '0') === '0' && (key === undefined || params.get(key) === (value ?? null));

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The call log as a reader meets it. */
export class CallLog {
  readonly filters: Locator;
  /** The results area: its toolbar (column chooser, export), the table and the pager. */
  readonly results: Locator;
  readonly table: Locator;
  readonly body: Locator;
  readonly rows: Locator;
  readonly pagination: Locator;
  readonly position: Locator;
  readonly rangeText: Locator;
  readonly pageSize: Locator;

  constructor(readonly page: Page) {
    this.filters = page.getByRole('search', { name: 'Filter calls' });
    this.results = page.getByRole('region', { name: 'Matching calls', exact: true });
    this.table = page.getByRole('table', { name: 'Matching calls' });
    this.body = this.table.locator('tbody');
    this.rows = this.body.getByRole('row');
    this.pagination = page.getByRole('navigation', { name: 'Pagination' });
    this.position = this.pagination.getByText(/^Page [\d,]+ of [\d,]+$/);
    this.rangeText = this.pagination.getByText(/ of [\d,]+ calls?$/);
    this.pageSize = this.pagination.getByLabel('Calls per page');
  }

  /** A menu of the filter toolbar ("Disposition", "More filters"), opened if closed, as a reader opens it to use what it holds. */
  async openMenu(name: 'Disposition' | 'More filters'): Promise<void> {
    const button = this.menuButton(name);
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
  }

  menuButton(name: 'Disposition' | 'More filters'): Locator {
    return this.filters.getByRole('button', { name: new RegExp(`^${name}`) });
  }

  /** The chip of a filter in force, by what it says ("Campaign: 311"). */
  chip(text: string): Locator {
    return this.filters.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: `Remove ${text}`, exact: true });
  }

  /** A disposition checkbox; its menu must be open (`openMenu('Disposition')`) to act on it. */
  disposition(label: string): Locator {
    return this.filters.getByRole('group', { name: 'Disposition' }).getByRole('checkbox', { name: label, exact: true });
  }

  /** A filter field by its label; those behind "More filters" need it open to type in. */
  field(label: string): Locator {
    return this.filters.getByLabel(label, { exact: true });
  }

  pageButton(name: 'First page' | 'Previous page' | 'Next page' | 'Last page'): Locator {
    return this.pagination.getByRole('button', { name, exact: true });
  }

  /**
   * The panel of the open call, for the row it was opened from: named "Call <id>" while
   * it loads, then after its caller ("Call from +1 (801) 555-0100").
   */
  async openCallPanel(row: Locator, id: number): Promise<Locator> {
    const caller = (await row.locator('td.call-table__cell--caller .call-table__line').first().innerText()).trim();
    return this.page.getByRole('dialog', { name: new RegExp(`^Call ${id}$|${escapeRegExp(caller)}$`) });
  }

  /** The cells of one column, by the column's id (`campaign`, `disposition`…). */
  column(id: string): Locator {
    return this.rows.locator(`td.call-table__cell--${id}`);
  }

  /**
   * The call ids of the rows on screen, read from each start time's link (`call=<id>`);
   * null while the rows are a previous answer shown during loading.
   */
  shownCallIds(): Promise<number[] | null> {
    return this.page.evaluate(() => {
      const body = document.querySelector('table tbody');
      const busy = (element: Element | null) => element?.getAttribute('aria-busy') === 'true';
      if (body === null || busy(body) || busy(body.closest('table'))) return null;
      return [...body.querySelectorAll<HTMLAnchorElement>('tr a[href*="call="]')].map((link) =>
        Number(new URL(link.href).searchParams.get('call')),
      );
    });
  }

  /** Waits until the settled rows are exactly these calls, in this order. */
  async expectCalls(ids: readonly number[]): Promise<void> {
    expect(ids.length).toBeGreaterThan(0);
    await expect.poll(() => this.shownCallIds(), { message: 'the rows on screen' }).toEqual(ids);
  }

  /** Waits for settled rows and returns their call ids. */
  async settledCallIds(): Promise<number[]> {
    let ids: number[] | null = null;
    await expect
      .poll(async () => {
        ids = await this.shownCallIds();
        return ids?.length ?? 0;
      }, { message: 'settled rows' })
      .toBeGreaterThan(0);
    return ids as unknown as number[];
  }
}

/**
 * What the sandbox answers for a query, computed here from its data set (same default
 * seed as the server under test), not asked of the server.
 */
export class SandboxTruth {
  private readonly dataset = new Dataset({ seed: DEFAULT_SEED, now: new Date() });

  query(params: Record<string, string>): QueryResult {
    const parsed = parseCallsQuery(new URLSearchParams(params));
    if (!parsed.ok) throw new Error(`Not a valid calls query: ${parsed.message}`);
    return this.dataset.query(parsed.query, new Date());
  }
}
