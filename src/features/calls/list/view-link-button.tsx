/**
 * "Copy link to this view": the address of the filters, page, columns and zone on screen,
 * to paste anywhere. Inside a portal it is the portal's address (PUBLIC_URL), not the
 * frame's. Beside it, a menu offers the same link with the range frozen to dates; its
 * content loads on first opening.
 */
import { lazy, Suspense } from 'react';
import { Button } from '../../../components/button';
import { CopyButton, CopyFallbackField } from '../../../components/copy-button';
import { useDisclosure } from '../../../components/use-disclosure';
import { pageConfig } from '../../../lib/page-config';
import { useCallLog } from '../use-call-log';
import { viewLink, type ViewLinkInput } from './view-link';
import './view-link-button.css';
import '../../../components/floating-panel.css';

const FixedDatesLink = lazy(() => import('./fixed-dates-link'));

export function ViewLinkButton() {
  const { state, anchor, timeZone } = useCallLog();
  const current = (): ViewLinkInput => ({ href: window.location.href, state, anchor, zone: timeZone, config: pageConfig() });
  return (
    <CopyButton
      text={() => viewLink(current())}
      copiedMessage="Link copied"
      failedMessage="This browser would not copy the link. Copy it from here:"
      fallback={(url) => <CopyFallbackField value={url} label="Link to this view" />}
      addon={<LinkMenu current={current} />}
    >
      Copy link to this view
    </CopyButton>
  );
}

function LinkMenu({ current }: { current: () => ViewLinkInput }) {
  const menu = useDisclosure({ floating: true });
  return (
    <span className="view-link__menu">
      <Button variant="secondary" aria-label="Other ways to copy the link" {...menu.buttonProps}>
        <span className="view-link__chevron" aria-hidden="true">
          ▾
        </span>
      </Button>
      <div className="floating-panel view-link__panel" {...menu.panelProps}>
        {menu.open ? (
          <Suspense fallback={<p role="status">Loading…</p>}>
            <FixedDatesLink current={current} />
          </Suspense>
        ) : null}
      </div>
    </span>
  );
}
