/**
 * What the CSV export reads: every call a filter set selects, within the org-unit scope,
 * window by window, as pages newest first that are fetched only as the download asks
 * for them (see call-walker.ts).
 */
import type { CallsFilters } from '../../contract/api-query';
import type { Call } from '../../contract/call';
import type { Include } from '../../contract/vocabulary';
import { callPagesInOrder, type CallsSource } from '../aggregate/call-walker';
import type { ScopeParts } from '../aggregate/scoped-calls';
import { planWindows, type TimeRange } from '../aggregate/windows';

export interface CallExportOptions {
  /** Upstream requests in flight at once while the first pages of several units are read. */
  concurrency: number;
}

export interface ExportPages {
  /** The range the filters stand for, with its defaults filled in (the file is named after it). */
  range: TimeRange;
  pages: AsyncGenerator<readonly Call[], void, undefined>;
}

export class CallExport {
  constructor(
    /** Scoped calls: a query naming an outside unit is refused, one naming none stands for the allowed ones. */
    private readonly calls: CallsSource & ScopeParts,
    private readonly options: CallExportOptions,
  ) {}

  async pages(filters: CallsFilters, include: Include[], signal: AbortSignal): Promise<ExportPages> {
    this.calls.refuseOutside(filters);
    const { range, windows } = planWindows(filters, new Date());
    const parts = await Promise.all(windows.map((window) => this.calls.partsOf(window)));
    return { range, pages: callPagesInOrder(this.calls, parts, include, { concurrency: this.options.concurrency, signal }) };
  }
}
