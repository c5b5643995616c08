/** The app's pages. The call log is the home page; anything else says it is not here. */
import { Link, Route, Routes } from 'react-router';
import { CallLogPage } from '../features/calls/call-log-page';
import { AppShell } from './app-shell';
import { useEmbedMode } from './embed/use-embed-mode';

export function AppRoutes() {
  return (
    <AppShell>
      <Routes>
        <Route index element={<CallLogPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </AppShell>
  );
}

function NotFound() {
  const embedded = useEmbedMode();
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link to={{ pathname: '/', search: embedded ? '?embed=1' : '' }}>Go to the call log</Link>.
      </p>
    </section>
  );
}
