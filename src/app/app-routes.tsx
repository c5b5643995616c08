/** The app's pages. The call log is the home page; anything else says it is not here. */
import { lazy, Suspense } from 'react';
import { useLocation } from 'react-router';
import { CallLogPage } from '../features/calls/call-log-page';
import { AppShell } from './app-shell';

const NotFound = lazy(() => import('./not-found'));

export function AppRoutes() {
  const { pathname } = useLocation();
  return (
    <AppShell>
      {pathname === '/' ? (
        <CallLogPage />
      ) : (
        <Suspense fallback={null}>
          <NotFound />
        </Suspense>
      )}
    </AppShell>
  );
}
