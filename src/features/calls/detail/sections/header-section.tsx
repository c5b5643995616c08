/**
 * The call at a glance: who called, how it ended, when and for how long, and where it
 * came in and was routed, with every identifier a manager may need to quote.
 */
import type { Call } from '../../../../contract/call';
import { FieldList, type Field } from '../../../../components/field-list';
import { formatDuration, isoDuration } from '../../../../lib/format';
import type { TimeZone } from '../../../../lib/time-zone';
import { DispositionBadge } from '../../components/disposition-badge';
import {
  idOrNull,
  labelled,
  momentOrNull,
  namedWithIdsOrNull,
  phoneOrNull,
  textOrNull,
  wordsFor,
} from '../display';

export function HeaderSection({ call, timeZone }: { call: Call; timeZone: TimeZone }) {
  const identity = textOrNull(call.ai_caller_identity);
  const ringToName = textOrNull(call.call_detail?.ring_to_name);
  const ringTo = phoneOrNull(call.ring_to);

  const fields: Field[] = [
    { label: 'Started', value: momentOrNull(call.call_started, timeZone) },
    {
      label: 'Duration',
      value: <time dateTime={isoDuration(call.duration)}>{formatDuration(call.duration)}</time>,
    },
    { label: 'Caller number', value: phoneOrNull(call.caller_id) },
    { label: 'Tracking number', value: phoneOrNull(call.phone_number) },
    { label: 'Ring-to', value: namedWithIdsOrNull(ringToName, [ringTo]) },
    { label: 'Default ring-to', value: phoneOrNull(call.default_ring_to) },
    {
      label: 'Campaign',
      value: namedWithIdsOrNull(textOrNull(call.campaign_name), [
        labelled('external id', textOrNull(call.campaign_ext_id)),
        labelled('campaign', idOrNull(call.campaign_id)),
      ]),
    },
    {
      label: 'Group',
      value: namedWithIdsOrNull(textOrNull(call.group_name), [labelled('org unit', idOrNull(call.org_unit_id))]),
    },
    { label: 'Repeat caller', value: wordsFor(call.repeat_call, 'Yes', 'No') },
    { label: 'Route id', value: idOrNull(call.provisioned_route_id) },
    { label: 'User id', value: idOrNull(call.user_id) },
    { label: 'Call id', value: idOrNull(call.call_id) },
  ];

  return (
    <section className="call-overview" aria-label="Overview">
      <p className="call-overview__summary">
        {identity !== null ? <span className="call-overview__identity">{identity}</span> : null}
        <DispositionBadge disposition={call.disposition} />
      </p>
      <FieldList fields={fields} />
    </section>
  );
}
