/**
 * The call's scores: one card per indicator with its value and outcome, which scorecard
 * and agent it belongs to, and its identifiers. With several scored indicators, their
 * mean comes first, the same number the table's Score column shows.
 */
import { FieldList, type Field } from '../../../../components/field-list';
import type { Indicator } from '../../../../contract/call';
import { formatCount } from '../../../../lib/format';
import { formatQuantity } from '../../../../lib/format-extras';
import type { TimeZone } from '../../../../lib/time-zone';
import { callScore } from '../../call-score';
import { idOrNull, momentOrNull, textOrNull, wordsFor } from '../display';
import { DetailSection } from './detail-section';

export function IndicatorsSection({
  indicators,
  timeZone,
}: {
  indicators: readonly Indicator[] | null | undefined;
  timeZone: TimeZone;
}) {
  const list = indicators ?? [];
  if (list.length === 0) return null;
  const score = callScore(list);
  const scoredCount = score?.parts.length ?? 0;
  return (
    <DetailSection title="Scores">
      {score !== null && scoredCount > 1 ? (
        <p className="detail-indicators__overall">
          Overall score <strong>{formatCount(score.mean)}</strong>{' '}
          <span className="detail-secondary">(mean of {formatQuantity(scoredCount, 'indicator')})</span>
        </p>
      ) : null}
      <ul className="detail-indicators">
        {list.map((indicator, index) => (
          <IndicatorItem key={`${indicator.indicator_id}:${index}`} indicator={indicator} timeZone={timeZone} />
        ))}
      </ul>
    </DetailSection>
  );
}

function IndicatorItem({ indicator, timeZone }: { indicator: Indicator; timeZone: TimeZone }) {
  const value =
    typeof indicator.score_value === 'number' && Number.isFinite(indicator.score_value)
      ? formatCount(indicator.score_value)
      : null;
  const fields: Field[] = [
    { label: 'Outcome', value: textOrNull(indicator.outcome) },
    { label: 'Scorecard', value: textOrNull(indicator.scorecard) },
    { label: 'Agent', value: textOrNull(indicator.agent) },
  ];
  const status = wordsFor(indicator.indicator_active, 'active', 'inactive');
  const created = momentOrNull(indicator.indicator_created, timeZone);
  const externalId = textOrNull(indicator.external_id);
  const scoreId = idOrNull(indicator.score_id);
  return (
    <li className="detail-indicator">
      <div className="detail-indicator__head">
        <h4 className="detail-indicator__name">
          {textOrNull(indicator.indicator_name) ?? `Indicator ${indicator.indicator_id}`}
        </h4>
        <p className="detail-indicator__score">
          {value !== null ? (
            <>
              <span className="detail-indicator__value">{value}</span>
              <span className="detail-secondary"> score</span>
            </>
          ) : (
            <span className="detail-secondary">Not scored</span>
          )}
        </p>
      </div>
      <FieldList fields={fields} />
      {/* Reference details, for finding the indicator in Convirza's own screens. */}
      <p className="detail-secondary detail-indicator__ids">
        Indicator {indicator.indicator_id}
        {status !== null || created !== null ? (
          <>
            {' ('}
            {status}
            {status !== null && created !== null ? ', ' : null}
            {created !== null ? <>created {created}</> : null}
            {')'}
          </>
        ) : null}
        {externalId !== null ? ` · external id ${externalId}` : null}
        {scoreId !== null ? ` · score ${scoreId}` : null}
      </p>
    </li>
  );
}
