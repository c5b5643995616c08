/** How the call was handled and analysed: billing, value, channel and processing times (its ids are in the technical details). */
import { FieldList, shownFields, type Field } from '../../../../components/field-list';
import type { CallDetail } from '../../../../contract/call';
import { formatCount } from '../../../../lib/format';
import { formatQuantity } from '../../../../lib/format-extras';
import type { TimeZone } from '../../../../lib/time-zone';
import { momentOrNull, textOrNull, wordsFor } from '../display';
import { DetailSection } from './detail-section';

export function CallDetailsSection({
  detail,
  timeZone,
}: {
  detail: CallDetail | null | undefined;
  timeZone: TimeZone;
}) {
  if (detail === null || detail === undefined) return null;
  const number = (value: number | null | undefined) =>
    typeof value === 'number' && Number.isFinite(value) ? value : null;
  const billed = number(detail.bill_second);
  const value = number(detail.call_value);

  const fields: Field[] = [
    { label: 'Direction', value: wordsFor(detail.is_outbound, 'Outbound', 'Inbound') },
    { label: 'Billed time', value: billed === null ? null : formatQuantity(billed, 'second') },
    { label: 'Call value', value: value === null ? null : formatCount(value) },
    { label: 'Channel', value: textOrNull(detail.channel) },
    { label: 'Channel category', value: textOrNull(detail.channel_category) },
    { label: 'Channel subcategory', value: textOrNull(detail.channel_sub_category) },
    { label: 'Analytic status', value: textOrNull(detail.analytic_status) },
    { label: 'Mining status', value: textOrNull(detail.call_mine_status) },
    { label: 'Created', value: momentOrNull(detail.call_created, timeZone) },
    { label: 'Ended', value: momentOrNull(detail.call_ended, timeZone) },
    { label: 'Mined', value: momentOrNull(detail.mined_timestamp, timeZone) },
  ];
  if (shownFields(fields).length === 0) return null;

  return (
    <DetailSection title="Call details">
      <FieldList fields={fields} />
    </DetailSection>
  );
}
