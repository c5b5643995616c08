import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { Deferred } from '../components/deferred';
import { SkipLink } from '../components/skip-link';
import { CALLS_RESULTS_ID, CALLS_TABLE_ID } from '../features/calls/list/skip-targets';
import { metaQuery } from '../lib/meta-query';
import { pageConfig } from '../lib/page-config';
import { useEmbedMode } from './embed/use-embed-mode';
import { ProgressBar } from './progress-bar';
import { ThemeToggleStandIn } from './theme/theme-toggle-stand-in';

// Only a framed page has a parent to talk to: elsewhere the bridge's code is never fetched.
const ParentBridge = lazy(() => import('./embed/parent-bridge-mount'));
const framed = window.parent !== window;
// Not needed for the first rows: the stand-in holds its place until the chunk lands.
const ThemeToggle = lazy(() => import('./theme/theme-toggle').then((module) => ({ default: module.ThemeToggle })));

export function AppShell({ children }: { children: ReactNode }) {
  const embedded = useEmbedMode();
  return (
    <>
      <SkipLink targetId={CALLS_RESULTS_ID} preferredId={CALLS_TABLE_ID}>
        Skip to calls
      </SkipLink>
      <ProgressBar />
      {framed ? (
        <Suspense fallback={null}>
          <ParentBridge />
        </Suspense>
      ) : null}
      {embedded ? (
        // Inside a portal, the portal's own header names the page; the app keeps only
        // its controls, in a compact bar.
        <aside className="app-embed-bar" aria-label="Call log notices and settings">
          <HeaderControls />
        </aside>
      ) : (
        <header className="app-header">
          <div className="app-header__inner">
            <span className="app-name">Call log</span>
            <HeaderControls />
          </div>
        </header>
      )}
      <main className="app-main">{children}</main>
    </>
  );
}

/** What the header offers besides the name; shown in the compact bar in embed mode too. */
function HeaderControls() {
  const meta = useQuery(metaQuery);
  // From the page itself when the server says so, so the notice moves nothing when it shows.
  const sandbox = pageConfig().sandbox === true || meta.data?.upstream === 'sandbox';
  return (
    <>
      {sandbox ? <SandboxBadge /> : null}
      <Deferred fallback={<ThemeToggleStandIn />}>
        <ThemeToggle />
      </Deferred>
    </>
  );
}

function SandboxBadge() {
  return (
    <p className="sandbox-notice">
      <strong className="sandbox-badge">Sandbox data</strong>
      <span>
        These calls are generated demo data, not calls from a Convirza account.
      </span>
    </p>
  );
}
