/**
 * The headline figures: how many calls, how many were answered, for how long, how many
 * were missed. The counts are exact; talk time and durations read calls, so while they
 * are read they say so, and after they say which calls they cover when not every one.
 * Missed narrows the page to the missed calls (the four dispositions it counts).
 */
import { memo, type ReactNode } from 'react';
import { formatCount, formatDuration, MISSING } from '../../../lib/format';
import { formatQuantity } from '../../../lib/format-extras';
import { RenderRegion } from '../../../lib/render-region';
import { ShowOnlyButton } from './show-only-button';
import { coverageLabel, READING_CALLS } from './summary-data';
import { formatPercent, formatTalkTime, shareOf, type Headline } from './summary-model';

// Memoised on the numbers: the summary turning stale, or the rows arriving, keeps them.
export const SummaryTiles = memo(function SummaryTiles({
  headline,
  reading,
  onMissed,
}: {
  headline: Headline;
  reading: boolean;
  onMissed: () => void;
}) {
  const { total, covered, answered, answerRate, averageDurationS, medianDurationS, talkTimeS, missed, voicemail } =
    headline;
  const share = (count: number) => {
    const ratio = shareOf(count, total);
    return ratio === null ? 'of no calls' : `${formatPercent(ratio)} of calls`;
  };
  const coverage = coverageLabel({ covered, total });
  const talkTime = reading ? `Talk time: ${READING_CALLS.toLowerCase()}` : `Talk time ${formatTalkTime(talkTimeS)}`;
  return (
    <RenderRegion name="tiles">
      <dl className="summary-tiles">
        <Tile title="Total calls" value={formatCount(total)} detail={talkTime} coverage={reading ? null : coverage} busy={reading} />
        <Tile
          title="Answered"
          value={answerRate === null ? MISSING : formatPercent(answerRate)}
          detail={formatQuantity(answered, 'call')}
        />
        <Tile
          title="Average duration"
          value={averageDurationS === null ? MISSING : formatDuration(Math.round(averageDurationS))}
          detail={
            reading
              ? READING_CALLS
              : medianDurationS === null
                ? 'No answered calls'
                : `Median ${formatDuration(Math.round(medianDurationS))}, answered calls`
          }
          coverage={reading ? null : coverage}
          busy={reading}
        />
        <Tile
          title="Missed"
          value={formatCount(missed)}
          detail={`${share(missed)}: no answer, busy, failed or abandoned`}
          action={missed > 0 ? <ShowOnlyButton what="missed calls" onClick={onMissed} /> : null}
        />
        <Tile title="Voicemail" value={formatCount(voicemail)} detail={share(voicemail)} />
      </dl>
    </RenderRegion>
  );
});

interface TileProps {
  title: string;
  value: string;
  detail: string;
  /** Which calls a figure read from covers, when not every call. */
  coverage?: string | null;
  /** The figure's calls are being read. */
  busy?: boolean;
  /** Narrows the page to the calls the figure counts. */
  action?: ReactNode;
}

function Tile({ title, value, detail, coverage, busy = false, action }: TileProps) {
  return (
    <div className="summary-tile" aria-busy={busy || undefined}>
      <dt className="summary-tile__title">{title}</dt>
      <dd className="summary-tile__value">{value}</dd>
      <dd className="summary-tile__detail">{detail}</dd>
      {coverage ? <dd className="summary-tile__detail summary-coverage">{coverage}</dd> : null}
      {action ? <dd className="summary-tile__action">{action}</dd> : null}
    </div>
  );
}
