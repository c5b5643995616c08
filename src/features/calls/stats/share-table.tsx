/**
 * A chart's text alternative when it shows counts and shares: one row per item with its
 * calls and share of all calls, and, where the item can filter the log, a "Show only"
 * button. Campaigns, channels and dispositions all read this way.
 */
import type { ReactNode } from 'react';
import { formatCount, MISSING } from '../../../lib/format';
import { ShowOnlyButton } from './show-only-button';
import { formatPercent } from './summary-model';

export interface ShareRow {
  key: string;
  /** The row's heading cell, e.g. a name with its colour swatch. */
  name: ReactNode;
  count: number;
  share: number | null;
  /** Narrows the call log to this item; absent where the API offers no such filter. */
  filter?: { what: string; apply: () => void };
}

export function ShareTable({
  caption,
  nameHeader,
  rows,
  empty,
  filterable,
}: {
  caption: string;
  nameHeader: string;
  rows: readonly ShareRow[];
  /** Said in the table when there are no rows. */
  empty: string;
  /** Whether the table has the column of "Show only" buttons. */
  filterable: boolean;
}) {
  return (
    <table className="summary-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{nameHeader}</th>
          <th scope="col" className="summary-table__number">
            Calls
          </th>
          <th scope="col" className="summary-table__number">
            Share
          </th>
          {filterable ? (
            <th scope="col">
              <span className="visually-hidden">Filter</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={filterable ? 4 : 3}>{empty}</td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <td className="summary-table__number">{formatCount(row.count)}</td>
              <td className="summary-table__number">{row.share === null ? MISSING : formatPercent(row.share)}</td>
              {filterable ? (
                <td>{row.filter ? <ShowOnlyButton what={row.filter.what} onClick={row.filter.apply} /> : null}</td>
              ) : null}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
