import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { metaQuery } from '../lib/meta-query';
import { ProgressBar } from './progress-bar';
import { ThemeToggle } from './theme/theme-toggle';

export function AppShell({ children }: { children: ReactNode }) {
  const meta = useQuery(metaQuery);
  return (
    <>
      <ProgressBar />
      <header className="app-header">
        <div className="app-header__inner">
          <span className="app-name">Call log</span>
          {meta.data?.upstream === 'sandbox' ? <SandboxBadge /> : null}
          <ThemeToggle />
        </div>
      </header>
      <main className="app-main">{children}</main>
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
