/** The call's tags: what, when and by whom it was tagged, and whether the tag is in use. */
import type { Tag } from '../../../../contract/call';
import type { TimeZone } from '../../../../lib/time-zone';
import { idOrNull, Moment, textOrNull, wordsFor } from '../display';
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
  const user = idOrNull(tag.ct_user_id);
  const tagged = tag.call_tag_created ?? null;
  const created = tag.tag_created ?? null;
  return (
    <li className="detail-tag">
      <span className="detail-tag__name">{textOrNull(tag.tag_name)}</span>
      {status !== null ? <span className="detail-tag__status">{status}</span> : null}
      {tagged !== null || user !== null ? (
        <span className="detail-tag__line">
          {tagged !== null ? (
            <>
              Tagged <Moment iso={tagged} timeZone={timeZone} />
            </>
          ) : (
            'Tagged'
          )}
          {user !== null ? ` by user ${user}` : null}
        </span>
      ) : null}
      <span className="detail-tag__line detail-secondary">
        Tag {tag.tag_id}
        {created !== null ? (
          <>
            , created <Moment iso={created} timeZone={timeZone} />
          </>
        ) : null}
      </span>
    </li>
  );
}
