/**
 * `/api/calls` over ranges longer than the upstream takes. A range within 31 days is
 * one upstream request, exactly as before. A longer one is split into windows; each
 * window's total (a `limit=1` request, kept briefly per filter set) places it in the
 * one list the windows form end to end, and the page asked for is read from the
 * windows it falls in and joined, with the global total in the upstream's envelope.
 */
import type { ApiCallsQuery, CallsFilters } from '../../contract/api-query';
import type { CallsEnvelope } from '../../contract/envelope';
import type { Upstreamed } from '../upstream/convirza-client';
import { mapBounded } from './bounded-map';
import type { CallsSource } from './call-walker';
import { filtersKey } from './filters-key';
import { SharedCache } from '../cache/shared-cache';
import { sliceAcrossWindows } from './window-slices';
import { fitsOneRequest, planWindows } from './windows';

export interface WindowedListOptions {
  /** How long window totals are trusted. */
  totalsTtlMs: number;
  /** Most filter sets whose totals are kept. */
  maxTotals: number;
  concurrency: number;
  now?: () => number;
}

interface WindowTotals {
  windows: CallsFilters[];
  totals: number[];
}

export class WindowedList {
  private readonly totals: SharedCache<string, WindowTotals>;
  private readonly now: () => number;

  constructor(
    private readonly source: CallsSource,
    private readonly options: WindowedListOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.totals = new SharedCache({ ttlMs: options.totalsTtlMs, max: options.maxTotals, now: this.now });
  }

  async page(query: ApiCallsQuery, signal?: AbortSignal): Promise<Upstreamed<CallsEnvelope>> {
    const { limit, offset, include, ...filters } = query;
    if (fitsOneRequest(filters, new Date(this.now()))) return this.source.listCalls(query, signal);

    const key = filtersKey(filters);
    let plan = await this.totals.get(key, signal, (s) => this.windowTotals(filters, s));
    let read = await this.readPage(plan, include, offset, limit, signal);
    if (read.moved) {
      // A window grew or shrank since its total was read (new calls keep arriving in the
      // newest one): the page was cut at the wrong place, so read the totals afresh and
      // build it again. Once is enough; a second move would be the next page's business.
      this.totals.forget(key);
      plan = await this.totals.get(key, signal, (s) => this.windowTotals(filters, s));
      read = await this.readPage(plan, include, offset, limit, signal);
    }
    const { answers } = read;

    const first = answers[0];
    // Past the end nothing is read; the envelope is the upstream's shape all the same.
    const shell = first?.value ?? { code: 200, message: 'Success', request_id: null, timestamp: new Date(this.now()).toISOString() };
    const envelope: CallsEnvelope = {
      ...shell,
      data: { total: plan.totals.reduce((sum, t) => sum + t, 0), calls: answers.flatMap((a) => a.value.data.calls) },
    };
    return { value: envelope, upstreamRequestId: first?.upstreamRequestId };
  }

  /** Reads the page's slice of each window, and whether any window's total has changed. */
  private async readPage(
    plan: WindowTotals,
    include: ApiCallsQuery['include'],
    offset: number,
    limit: number,
    signal?: AbortSignal,
  ): Promise<{ answers: Upstreamed<CallsEnvelope>[]; moved: boolean }> {
    const slices = sliceAcrossWindows(plan.totals, offset, limit);
    // Only the newest window gains calls, and only while its end is still ahead: when the
    // page does not read it, a one-call request checks its total meanwhile.
    const newest = plan.windows[0];
    const checkNewest =
      newest !== undefined && !slices.some((slice) => slice.window === 0) && Date.parse(newest.end ?? '') > this.now();
    const [answers, newestNow] = await Promise.all([
      mapBounded(slices, this.options.concurrency, signal, ({ window, limit: take, offset: skip }, s) =>
        this.source.listCalls({ ...(plan.windows[window] as CallsFilters), include, limit: take, offset: skip }, s),
      ),
      checkNewest ? this.source.listCalls({ ...newest, limit: 1, offset: 0 }, signal) : undefined,
    ]);
    const moved =
      answers.some((answer, i) => answer.value.data.total !== plan.totals[slices[i]?.window ?? -1]) ||
      (newestNow !== undefined && newestNow.value.data.total !== plan.totals[0]);
    return { answers, moved };
  }

  private async windowTotals(filters: CallsFilters, signal: AbortSignal): Promise<WindowTotals> {
    const { windows } = planWindows(filters, new Date(this.now()));
    const answers = await mapBounded(windows, this.options.concurrency, signal, (window, s) =>
      this.source.listCalls({ ...window, limit: 1, offset: 0 }, s),
    );
    return { windows, totals: answers.map((answer) => answer.value.data.total) };
  }
}
