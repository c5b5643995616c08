/** The call's tags: what and when it was tagged, and whether the tag is in use (who, and the ids, are in the technical details). */
import type { Tag } from '../../../../contract/call';
import type { TimeZone } from '../../../../lib/time-zone';
import { Moment, textOrNull, wordsFor } from '../display';
import { DetailSection } from './detail-section';

export function TagsSection({ tags, timeZone }: { tags: readonly Tag[] | null | undefined; timeZone: TimeZone }) {
  const named = (tags ?? []).filter((tag) => textOrNull(tag.tag_name) !== null);
  if (named.length === 0) return null;
  return (
    <DetailSection title="Tags">
      <ul className="detail-tags">
        {named.map((tag, index) => (
          <TagItem key={`${tag.tag_id}:${index}`} tag={tag} timeZone={timeZone} />
        ))}
      </ul>
    </DetailSection>
  );
}

function TagItem({ tag, timeZone }: { tag: Tag; timeZone: TimeZone }) {
  const status = wordsFor(tag.tag_active, 'Active', 'Inactive');
  const tagged = tag.call_tag_created ?? null;
  return (
    <li className="detail-tag">
      <span className="detail-tag__name">{textOrNull(tag.tag_name)}</span>
      {status !== null ? <span className="detail-tag__status">{status}</span> : null}
      {tagged !== null ? (
        <span className="detail-tag__line detail-secondary">
          Tagged <Moment iso={tagged} timeZone={timeZone} />
        </span>
      ) : null}
    </li>
  );
}
