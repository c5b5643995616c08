/** The upstream's AI-written summary of the conversation, as prose. */
import { textOrNull } from '../display';
import { DetailSection } from './detail-section';

export function AiSummarySection({ summary }: { summary: string | null | undefined }) {
  const text = textOrNull(summary);
  if (text === null) return null;
  return (
    <DetailSection title="AI summary">
      <p className="detail-prose">{text}</p>
    </DetailSection>
  );
}
