/**
 * What a manager rarely reads but sometimes has to quote or hand to support: the call's
 * identifiers, who tagged it and the tags' and notes' own ids, and the recording file's
 * format and signed link. Collapsed, last, so the drawer leads with the call itself.
 */
import { useId } from 'react';
import { FieldList, shownFields, type Field } from '../../../../components/field-list';
import type { Call, Comment, Tag } from '../../../../contract/call';
import type { TimeZone } from '../../../../lib/time-zone';
import { idOrNull, Moment, textOrNull } from '../display';
import { recordingFileFields } from './recording-file-fields';

export function TechnicalDetailsSection({ call, timeZone }: { call: Call; timeZone: TimeZone }) {
  const headingId = useId();
  const groups: { title: string; fields: Field[] }[] = [
    { title: 'Identifiers', fields: identifierFields(call) },
    { title: 'Tags', fields: (call.tags ?? []).map((tag, index) => tagField(tag, index, timeZone)) },
    { title: 'Comments', fields: (call.comments ?? []).map(commentField) },
    { title: 'Recording file', fields: recordingFileFields(call.recording_details, timeZone) },
  ].filter((group) => shownFields(group.fields).length > 0);
  if (groups.length === 0) return null;

  return (
    <section className="detail-section detail-technical" aria-labelledby={headingId}>
      <details>
        <summary id={headingId} className="detail-technical__summary">
          Technical details
        </summary>
        {groups.map(({ title, fields }) => (
          <div key={title} className="detail-group">
            <h4 className="detail-group__title">{title}</h4>
            <FieldList fields={fields} />
          </div>
        ))}
      </details>
    </section>
  );
}

function identifierFields(call: Call): Field[] {
  return [
    { label: 'Call id', value: idOrNull(call.call_id) },
    { label: 'Route id', value: idOrNull(call.provisioned_route_id) },
    { label: 'User id', value: idOrNull(call.user_id) },
    { label: 'Org unit id', value: idOrNull(call.org_unit_id) },
    { label: 'Campaign id', value: idOrNull(call.campaign_id) },
    { label: 'Campaign external id', value: textOrNull(call.campaign_ext_id) },
    { label: 'Channel id', value: idOrNull(call.call_detail?.channel_id) },
    { label: 'DNI log id', value: textOrNull(call.call_detail?.dni_log_id) },
    { label: 'CDR source', value: textOrNull(call.call_detail?.cdr_source) },
  ];
}

/** `Tag 1, created …; tagged … by user 1001`, one row per tag, labelled by its place and name. */
function tagField(tag: Tag, index: number, timeZone: TimeZone): Field {
  const name = textOrNull(tag.tag_name);
  const user = idOrNull(tag.ct_user_id);
  const tagged = tag.call_tag_created ?? null;
  const created = tag.tag_created ?? null;
  return {
    label: name === null ? `Tag ${index + 1}` : `Tag ${index + 1}: ${name}`,
    value: (
      <>
        Tag {tag.tag_id}
        {created !== null ? (
          <>
            , created <Moment iso={created} timeZone={timeZone} />
          </>
        ) : null}
        {tagged !== null || user !== null ? '; tagged' : null}
        {tagged !== null ? (
          <>
            {' '}
            <Moment iso={tagged} timeZone={timeZone} />
          </>
        ) : null}
        {user !== null ? ` by user ${user}` : null}
      </>
    ),
  };
}

/** `Note 123 on call 987654 by user 2001`, one row per note. */
function commentField(comment: Comment, index: number): Field {
  const user = idOrNull(comment.ct_user_id);
  const onCall = idOrNull(comment.call_id);
  return {
    label: `Note ${index + 1}`,
    value: `Note ${comment.note_id}${onCall !== null ? ` on call ${onCall}` : ''}${user !== null ? ` by user ${user}` : ''}`,
  };
}
