/**
 * "Download CSV": every call the filters match (not just this page), with the columns
 * the table shows, times in the zone the reader sees. A plain link the browser downloads
 * itself, streaming to disk: no file is assembled in memory, and the server names it.
 */
import { useId, useState } from 'react';
import { aggregateQueryToSearchParams } from '../../../contract/api-query';
import { apiUrl } from '../../../lib/api-client';
import type { CallFilters } from '../api/to-calls-query';
import { orderedColumnIds } from './calls-table-head';
import type { ColumnId } from './column-ids';
import './csv-export.css';

export interface CsvExportProps {
  filters: CallFilters;
  /** IANA zone the file's times are written in. */
  timeZone: string;
  /** The visible columns. */
  columns: readonly ColumnId[];
}

/**
 * `bom` starts the file with a byte-order mark, without which Excel reads UTF-8 names
 * as another encoding. Columns go in the table's order, whatever order the address has.
 */
export function csvExportUrl({ filters, timeZone, columns }: CsvExportProps, bom: boolean): URL {
  const params = aggregateQueryToSearchParams({ ...filters, tz: timeZone, columns: orderedColumnIds(columns), bom });
  return apiUrl('calls/export.csv', params);
}

export function CsvExport(props: CsvExportProps) {
  const [bom, setBom] = useState(false);
  const bomId = useId();
  return (
    <div className="csv-export">
      <a className="csv-export__link" href={csvExportUrl(props, bom).href} download>
        Download CSV
      </a>
      <input id={bomId} type="checkbox" checked={bom} onChange={(event) => setBom(event.target.checked)} />
      <label htmlFor={bomId}>for Excel (BOM)</label>
    </div>
  );
}
