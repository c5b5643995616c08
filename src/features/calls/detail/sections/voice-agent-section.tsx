/**
 * What the AI voice agent did on the call: whether it reached its goal, its summary, the
 * contact it took down, the appointment asked for, and whatever else it collected.
 */
import { FieldList, shownFields, type Field } from '../../../../components/field-list';
import { hasContent, ValueTree } from '../../../../components/value-tree';
import type { VoiceAgentData } from '../../../../contract/call';
import { formatCalendarDate, humanizeKey } from '../../../../lib/format-extras';
import type { TimeZone } from '../../../../lib/time-zone';
import {
  idOrNull,
  labelled,
  momentOrNull,
  namedWithIdsOrNull,
  phoneOrNull,
  textOrNull,
  wordsFor,
} from '../display';
import { DetailSection } from './detail-section';

export function VoiceAgentSection({
  data,
  timeZone,
}: {
  data: VoiceAgentData | null | undefined;
  timeZone: TimeZone;
}) {
  if (data === null || data === undefined) return null;

  const agent: Field[] = [
    {
      label: 'Agent',
      value: namedWithIdsOrNull(textOrNull(data.voiceagent_name), [labelled('agent', idOrNull(data.voiceagent_id))]),
    },
    { label: 'Outcome', value: wordsFor(data.outcome, 'Succeeded', 'Not achieved') },
    { label: 'Summary', value: textOrNull(data.summary) },
  ];
  const name = [textOrNull(data.first_name), textOrNull(data.last_name)].filter((part) => part !== null).join(' ');
  const contact: Field[] = [
    { label: 'Name', value: name === '' ? null : name },
    { label: 'Phone', value: phoneOrNull(data.phone_number) },
  ];
  const appointmentDate = textOrNull(data.appointment_date);
  const appointment: Field[] = [
    { label: 'Requested time', value: momentOrNull(data.requested_time, timeZone) },
    { label: 'Date', value: appointmentDate === null ? null : formatCalendarDate(appointmentDate) },
    { label: 'Time', value: textOrNull(data.appointment_time) },
  ];
  const additional: Field[] = Object.entries(data.additional_info ?? {})
    .filter(([, value]) => hasContent(value))
    .map(([key, value]) => ({ label: humanizeKey(key), value: <ValueTree value={value} /> }));

  const groups = [agent, contact, appointment, additional].map(shownFields);
  if (groups.every((group) => group.length === 0)) return null;
  const [agentShown, contactShown, appointmentShown, additionalShown] = groups as [Field[], Field[], Field[], Field[]];

  return (
    <DetailSection title="Voice agent">
      <FieldList fields={agentShown} />
      <Group title="Contact" fields={contactShown} />
      <Group title="Requested appointment" fields={appointmentShown} />
      <Group title="Additional information" fields={additionalShown} />
    </DetailSection>
  );
}

function Group({ title, fields }: { title: string; fields: Field[] }) {
  if (fields.length === 0) return null;
  return (
    <div className="detail-group">
      <h4 className="detail-group__title">{title}</h4>
      <FieldList fields={fields} />
    </div>
  );
}
