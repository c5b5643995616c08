/** The filter toolbar as the page wires it to the address, for the toolbar's tests. */
import { renderAppRoute } from '../../../test/render-app-route';
import { CallLogProvider, useCallLog } from '../use-call-log';
import { FilterToolbar } from './filter-toolbar';

function ToolbarOnPage() {
  const { filters, anchor, timeZone, setFilters, setTimeZone, live, setLive } = useCallLog();
  return (
    <FilterToolbar
      state={filters}
      anchor={anchor}
      timeZone={timeZone}
      setFilters={setFilters}
      setTimeZone={setTimeZone}
      live={live}
      setLive={setLive}
    />
  );
}

export function renderToolbar(url: string) {
  return renderAppRoute(
    <CallLogProvider>
      <ToolbarOnPage />
    </CallLogProvider>,
    url,
  );
}
