/**
 * The call at a glance, in the order a manager reads it: how it ended, when, for how
 * long, who called and from which campaign, then where it came in and was routed. Names
 * only: an id stands in for a missing name, and every id is in the technical details.
 */
import type { ReactNode } from 'react';
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
    {
      label: 'Campaign',
      value: namedOrId(textOrNull(call.campaign_name), labelled('campaign', idOrNull(call.campaign_id))),
    },
    {
      label: 'Group',
      value: namedOrId(textOrNull(call.group_name), labelled('org unit', idOrNull(call.org_unit_id))),
    },
    { label: 'Repeat caller', value: wordsFor(call.repeat_call, 'Yes', 'No') },
    { label: 'Tracking number', value: phoneOrNull(call.phone_number) },
    { label: 'Ring-to', value: namedWithIdsOrNull(ringToName, [ringTo]) },
    { label: 'Default ring-to', value: phoneOrNull(call.default_ring_to) },
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

/** The name, or, without one, the id standing in for it ("Campaign 311"). */
function namedOrId(name: string | null, id: string | null): ReactNode {
  return namedWithIdsOrNull(name, name === null ? [id] : []);
}
