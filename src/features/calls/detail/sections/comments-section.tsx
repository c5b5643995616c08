/** Notes people left on the call, oldest first as the upstream sends them; their ids are in the technical details. */
import type { Comment } from '../../../../contract/call';
import type { TimeZone } from '../../../../lib/time-zone';
import { idOrNull, Moment, textOrNull } from '../display';
import { DetailSection } from './detail-section';

export function CommentsSection({
  comments,
  timeZone,
}: {
  comments: readonly Comment[] | null | undefined;
  timeZone: TimeZone;
}) {
  const written = (comments ?? []).filter((comment) => textOrNull(comment.note) !== null);
  if (written.length === 0) return null;
  return (
    <DetailSection title="Comments">
      <ol className="detail-comments">
        {written.map((comment, index) => (
          <CommentItem key={`${comment.note_id}:${index}`} comment={comment} timeZone={timeZone} />
        ))}
      </ol>
    </DetailSection>
  );
}

/** Edited when the last change is later than the writing; equal times are the same moment. */
export function wasEdited(comment: Comment): boolean {
  if (!comment.created_on || !comment.updated_on) return false;
  const created = Date.parse(comment.created_on);
  const updated = Date.parse(comment.updated_on);
  return Number.isFinite(created) && Number.isFinite(updated) && updated > created;
}

function CommentItem({ comment, timeZone }: { comment: Comment; timeZone: TimeZone }) {
  const name = [textOrNull(comment.first_name), textOrNull(comment.last_name)].filter((part) => part !== null).join(' ');
  const user = idOrNull(comment.ct_user_id);
  const author = name !== '' ? name : user !== null ? `User ${user}` : 'Unknown author';
  const created = comment.created_on ?? null;
  return (
    <li className="detail-comment">
      <p className="detail-comment__meta">
        <span className="detail-comment__author">{author}</span>
        {created !== null ? (
          <>
            {' · '}
            <Moment iso={created} timeZone={timeZone} />
          </>
        ) : null}
        {wasEdited(comment) ? (
          <span className="detail-comment__edited">
            {' · '}edited <Moment iso={comment.updated_on!} timeZone={timeZone} />
          </span>
        ) : null}
      </p>
      <p className="detail-comment__note">{comment.note}</p>
    </li>
  );
}
