/**
 * What each column of the calls table shows. One entry per `CallColumnId`, checked by the
 * compiler, so a column added to the contract cannot be forgotten here. Every cell is a
 * single line that ends in an ellipsis (the caller's optional name is the one second
 * line), which keeps every row the same height; the full text is in a `title` where it
 * may be cut. A value that is missing shows MISSING, never "undefined" or "null".
 */
import type { ColumnDef } from '@tanstack/react-table';
import type { MouseEvent, ReactNode } from 'react';
import { VisuallyHidden } from '../../../components/visually-hidden';
import type { Call, Indicator, Tag } from '../../../contract/call';
import { CALL_COLUMNS, type CallColumnId } from '../../../contract/columns';
import {
  formatCount,
  formatDateTime,
  formatDuration,
  formatPhone,
  formatText,
  isoDuration,
  MISSING,
} from '../../../lib/format';
import { callScore } from '../call-score';
import { DispositionBadge } from '../components/disposition-badge';
import { callsTableMeta, type CallsTableMeta } from './calls-table-meta';
import { isPlainClick } from './pointer-intent';

type CellRenderer = (call: Call, meta: CallsTableMeta) => ReactNode;

/** Tags shown as chips before the rest are summed up as "+N". */
export const VISIBLE_TAGS = 2;

const CELLS: Record<CallColumnId, CellRenderer> = {
  started: (call, meta) => <StartedCell call={call} meta={meta} />,
  caller: (call) => <CallerCell call={call} />,
  tracking: (call) => formatPhone(call.phone_number),
  ring_to: (call) => <RingToCell call={call} />,
  campaign: (call) => <Truncated text={formatText(call.campaign_name)} />,
  group: (call) => <Truncated text={formatText(call.group_name)} />,
  disposition: (call) => <DispositionBadge disposition={call.disposition} />,
  duration: (call) => <time dateTime={isoDuration(call.duration)}>{formatDuration(call.duration)}</time>,
  channel: (call) => <Truncated text={formatText(call.call_detail?.channel)} />,
  tags: (call) => <TagsCell tags={call.tags} />,
  recording: (call) => <RecordingCell call={call} />,
  score: (call) => <ScoreCell indicators={call.indicators} />,
};

/**
 * Fixed widths, in rem, so paging never shifts the columns (table-layout: fixed) and
 * they grow with the reader's font size; wide enough that a full phone number and a date
 * never get cut. TanStack's sizes carry no unit, and its default minimum (20) assumes
 * pixels, so each column's minimum is its width: the table never squeezes it, and
 * scrolls sideways on a narrow screen instead.
 */
const WIDTH_REM: Record<CallColumnId, number> = {
  started: 13,
  caller: 12,
  tracking: 11,
  ring_to: 16,
  campaign: 12,
  group: 11,
  disposition: 8.5,
  duration: 6.5,
  channel: 12,
  tags: 13,
  recording: 7,
  score: 5.5,
};

export const callColumns: ColumnDef<Call>[] = CALL_COLUMNS.map(({ id, label }) => ({
  id,
  header: label,
  size: WIDTH_REM[id],
  minSize: WIDTH_REM[id],
  cell: ({ row, table }) => CELLS[id](row.original, callsTableMeta(table)),
}));

/**
 * The start time is also a real link to the call, so middle-click, Ctrl/⌘-click and
 * "Copy link" work. It is left out of the tab order (the row is the keyboard target)
 * and a plain click on it opens the call in place, through the row, without a page load.
 */
function StartedCell({ call, meta }: { call: Call; meta: CallsTableMeta }) {
  return (
    <a
      className="call-table__link"
      href={meta.rowHref(call)}
      tabIndex={-1}
      onClick={onCallLinkClick}
    >
      <time dateTime={call.call_started}>
        {formatDateTime(call.call_started, { timeZone: meta.timeZone.intl })}
      </time>
    </a>
  );
}

function onCallLinkClick(event: MouseEvent<HTMLAnchorElement>) {
  if (isPlainClick(event)) {
    // The row's click handler opens the call; the browser must not navigate as well.
    event.preventDefault();
  } else {
    // New tab or window: the browser's job, and the row must not open it here too.
    event.stopPropagation();
  }
}

function CallerCell({ call }: { call: Call }) {
  const identity = formatText(call.ai_caller_identity);
  const phone = formatPhone(call.caller_id);
  return (
    <span className="call-table__stack">
      <span className="call-table__line" title={phone}>
        {phone}
      </span>
      {identity !== MISSING ? (
        <span className="call-table__line call-table__secondary" title={identity}>
          {identity}
        </span>
      ) : null}
    </span>
  );
}

/** The destination's name first (what people recognise), then its number. */
function RingToCell({ call }: { call: Call }) {
  const name = formatText(call.call_detail?.ring_to_name);
  const number = formatPhone(call.ring_to);
  if (name === MISSING) return <Truncated text={number} />;
  if (number === MISSING) return <Truncated text={name} />;
  return (
    <span className="call-table__truncate" title={`${name}, ${number}`}>
      {name} <span className="call-table__secondary">{number}</span>
    </span>
  );
}

function Truncated({ text }: { text: string }) {
  return (
    <span className="call-table__truncate" title={text === MISSING ? undefined : text}>
      {text}
    </span>
  );
}

/**
 * Two chips at most, so the row keeps its height; the rest become "+N". Sighted readers
 * get every name from the cell's title, screen readers from hidden text instead of the
 * bare "+N".
 */
function TagsCell({ tags }: { tags: readonly Tag[] | null | undefined }) {
  const names = (tags ?? []).map((tag) => formatText(tag.tag_name)).filter((name) => name !== MISSING);
  if (names.length === 0) return MISSING;
  const shown = names.slice(0, VISIBLE_TAGS);
  const rest = names.slice(VISIBLE_TAGS);
  return (
    <span className="tag-chips" title={names.join(', ')}>
      {shown.map((name, index) => (
        // Names may repeat, so the position is part of the key.
        <span key={`${index}:${name}`} className="tag-chip">
          {name}
        </span>
      ))}
      {rest.length > 0 ? (
        <>
          <span className="tag-chip tag-chip--more" aria-hidden="true">
            +{rest.length}
          </span>
          <VisuallyHidden>{` and ${rest.length} more: ${rest.join(', ')}`}</VisuallyHidden>
        </>
      ) : null}
    </span>
  );
}

function RecordingCell({ call }: { call: Call }) {
  const url = call.recording_details?.url;
  const recorded = typeof url === 'string' && url !== '';
  return (
    <span className="recording-mark" title={recorded ? 'Recording' : 'No recording'}>
      {recorded ? <RecordingIcon /> : <span aria-hidden="true">{MISSING}</span>}
      <VisuallyHidden>{recorded ? 'Recording' : 'No recording'}</VisuallyHidden>
    </span>
  );
}

function RecordingIcon() {
  // A waveform: reads as "audio" at 16px without depending on colour.
  return (
    <svg
      className="recording-mark__icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M2 6.5v3M5 4v8M8 2v12M11 4.5v7M14 6.5v3"
        stroke="currentColor"
        strokeWidth="1.75"
        strokeLinecap="round"
        fill="none"
      />
    </svg>
  );
}

function ScoreCell({ indicators }: { indicators: readonly Indicator[] | null | undefined }) {
  const score = callScore(indicators);
  if (score === null) return MISSING;
  return <span title={score.parts.join(', ')}>{formatCount(score.mean)}</span>;
}
