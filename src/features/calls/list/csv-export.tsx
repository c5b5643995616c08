/**
 * "Download CSV": every call the filters match (not just this page), with the columns
 * the table shows, times in the zone the reader sees. The browser downloads the link
 * itself, streaming to disk: no file is assembled in memory, and the server names it.
 * A plain click first asks whether the export can start: otherwise a refusal (a 429, an
 * upstream outage) would be saved as a file of JSON and the page would say nothing.
 */
import { useId, useRef, useState, type MouseEvent } from 'react';
import { buttonClassName } from '../../../components/button';
import { apiErrorSchema } from '../../../contract/api';
import { aggregateQueryToSearchParams } from '../../../contract/calls-query-params';
import type { CallColumnId } from '../../../contract/columns';
import { apiUrl } from '../../../lib/api-client';
import type { TimeZone } from '../../../lib/time-zone';
import type { CallFilters } from '../api/to-calls-query';
import './csv-export.css';

export interface CsvExportProps {
  filters: CallFilters;
  /** The zone the file's times are written in. */
  timeZone: TimeZone;
  /** The visible columns, in the table's order. */
  columns: readonly CallColumnId[];
}

/**
 * `bom` starts the file with a byte-order mark, without which Excel reads UTF-8 names
 * as another encoding.
 */
export function csvExportUrl({ filters, timeZone, columns }: CsvExportProps, bom: boolean): URL {
  const params = aggregateQueryToSearchParams({ ...filters, tz: timeZone.intl, columns, bom });
  return apiUrl('calls/export.csv', params);
}

export function CsvExport(props: CsvExportProps) {
  const [bom, setBom] = useState(false);
  const [state, setState] = useState<{ kind: 'idle' | 'checking' } | { kind: 'failed'; message: string }>({ kind: 'idle' });
  const checking = useRef<AbortController | null>(null);
  const bomId = useId();
  const href = csvExportUrl(props, bom).href;

  const onClick = async (event: MouseEvent<HTMLAnchorElement>) => {
    // A modified click (new tab, save as) is the browser's business.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (checking.current) return;
    const controller = new AbortController();
    checking.current = controller;
    setState({ kind: 'checking' });
    try {
      const answer = await fetch(href, { signal: controller.signal });
      if (answer.ok) {
        // It starts: drop this copy and let the browser download the file to disk.
        controller.abort();
        setState({ kind: 'idle' });
        startDownload(href);
      } else {
        setState({ kind: 'failed', message: await refusal(answer) });
      }
    } catch {
      if (!controller.signal.aborted) {
        setState({ kind: 'failed', message: 'The export could not be started: the server did not answer.' });
      }
    } finally {
      checking.current = null;
    }
  };

  return (
    <div className="csv-export">
      <a
        className={buttonClassName('compact', 'csv-export__link')}
        href={href}
        download
        aria-busy={state.kind === 'checking'}
        onClick={(event) => void onClick(event)}
      >
        Download CSV
      </a>
      <input id={bomId} type="checkbox" checked={bom} onChange={(event) => setBom(event.target.checked)} />
      <label htmlFor={bomId}>for Excel (BOM)</label>
      {state.kind === 'failed' ? (
        <p className="csv-export__error" role="alert">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}

/** What the server said, in its error shape; a plain sentence when it said something else. */
async function refusal(answer: Response): Promise<string> {
  const parsed = apiErrorSchema.safeParse(await answer.json().catch(() => null));
  return parsed.success
    ? `The export could not be started: ${parsed.data.error.message}`
    : `The export could not be started (the server answered ${answer.status}).`;
}

function startDownload(href: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = '';
  link.click();
}
