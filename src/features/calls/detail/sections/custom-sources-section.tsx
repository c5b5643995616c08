/**
 * The marketing sources attributed to the call, one per source type the account defines.
 * The upstream numbers the types (1 to 5) without naming them, so they are shown by number.
 */
import { FieldList, shownFields, type Field } from '../../../../components/field-list';
import { CUSTOM_SOURCE_TYPES, type CustomSource } from '../../../../contract/call';
import type { Call } from '../../../../contract/call';
import type { TimeZone } from '../../../../lib/time-zone';
import { idOrNull, labelled, Moment, textOrNull } from '../display';
import { DetailSection } from './detail-section';

type CustomSources = NonNullable<Call['custom_sources']>;

export function CustomSourcesSection({
  sources,
  timeZone,
}: {
  sources: CustomSources | null | undefined;
  timeZone: TimeZone;
}) {
  if (sources === null || sources === undefined) return null;
  const fields: Field[] = CUSTOM_SOURCE_TYPES.map((type) => ({
    label: `Source type ${type}`,
    value: sourceValue(sources[`custom_source_type_${type}`], timeZone),
  }));
  if (shownFields(fields).length === 0) return null;
  return (
    <DetailSection title="Custom sources">
      <FieldList fields={fields} />
    </DetailSection>
  );
}

function sourceValue(source: CustomSource | null | undefined, timeZone: TimeZone) {
  if (source === null || source === undefined) return null;
  const name = textOrNull(source.custom_source_name);
  const id = labelled('source', idOrNull(source.custom_source_id));
  const created = source.custom_source_created ?? null;
  if (name === null && id === null && created === null) return null;
  const details = [name === null ? null : id].filter((part) => part !== null);
  return (
    <>
      {name ?? (id !== null ? id.charAt(0).toUpperCase() + id.slice(1) : 'Unnamed source')}
      {details.length > 0 || created !== null ? (
        <span className="detail-secondary">
          {' ('}
          {details.join(', ')}
          {created !== null ? (
            <>
              {details.length > 0 ? ', ' : ''}created <Moment iso={created} timeZone={timeZone} />
            </>
          ) : null}
          {')'}
        </span>
      ) : null}
    </>
  );
}
