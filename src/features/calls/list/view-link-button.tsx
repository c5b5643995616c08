/**
 * "Copy link to this view": the address of the filters, page and columns on screen, to
 * paste anywhere. Inside a portal it is the portal's address (PUBLIC_URL), not the frame's.
 */
import { CopyButton, CopyFallbackField } from '../../../components/copy-button';
import { pageConfig } from '../../../lib/page-config';
import { shareLink } from '../../../lib/share-link';

export function ViewLinkButton() {
  return (
    <CopyButton
      text={() => shareLink(window.location.href, pageConfig())}
      copiedMessage="Link copied"
      failedMessage="This browser would not copy the link. Copy it from here:"
      fallback={(url) => <CopyFallbackField value={url} label="Link to this view" />}
    >
      Copy link to this view
    </CopyButton>
  );
}
