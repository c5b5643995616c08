/**
 * The route the call took through its call flow. The upstream does not publish this
 * section's shape, so it is shown as whatever nested data arrives, in words.
 */
import { hasContent, ValueTree } from '../../../../components/value-tree';
import { DetailSection } from './detail-section';

export function CallFlowSection({ flow }: { flow: unknown }) {
  if (!hasContent(flow)) return null;
  return (
    <DetailSection title="Call flow" className="detail-call-flow">
      <ValueTree value={flow} />
    </DetailSection>
  );
}
