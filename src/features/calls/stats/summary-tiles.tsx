/** The headline figures: how many calls, how many were answered, for how long, how many were missed. */
import { formatCount, formatDuration, formatQuantity, MISSING } from '../../../lib/format';
import { formatPercent, formatTalkTime, shareOf, type Headline } from './summary-model';

export function SummaryTiles({ headline }: { headline: Headline }) {
  const { total, covered, answered, answerRate, averageDurationS, medianDurationS, talkTimeS, missed, voicemail } =
    headline;
  const share = (count: number) => {
    const ratio = shareOf(count, covered);
    return ratio === null ? 'of no calls' : `${formatPercent(ratio)} of calls`;
  };
  return (
    <dl className="summary-tiles">
      <Tile title="Total calls" value={formatCount(total)} detail={`Talk time ${formatTalkTime(talkTimeS)}`} />
      <Tile
        title="Answered"
        value={answerRate === null ? MISSING : formatPercent(answerRate)}
        detail={formatQuantity(answered, 'call')}
      />
      <Tile
        title="Average duration"
        value={averageDurationS === null ? MISSING : formatDuration(Math.round(averageDurationS))}
        detail={
          medianDurationS === null
            ? 'No answered calls'
            : `Median ${formatDuration(Math.round(medianDurationS))}, answered calls`
        }
      />
      <Tile
        title="Missed"
        value={formatCount(missed)}
        detail={`${share(missed)}: no answer, busy, failed or abandoned`}
      />
      <Tile title="Voicemail" value={formatCount(voicemail)} detail={share(voicemail)} />
    </dl>
  );
}

function Tile({ title, value, detail }: { title: string; value: string; detail: string }) {
  return (
    <div className="summary-tile">
      <dt className="summary-tile__title">{title}</dt>
      <dd className="summary-tile__value">{value}</dd>
      <dd className="summary-tile__detail">{detail}</dd>
    </div>
  );
}
