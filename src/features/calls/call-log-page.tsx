/**
 * The call log: filters, the table of matching calls with paging, and the open call.
 * Everything shown comes from the address, so a copied link reproduces the view.
 */
import { CallDrawerPlaceholder } from './call-drawer-placeholder';
import { FilterForm } from './filters/filter-form';
import { RangeSummary } from './filters/range-summary';
import { UrlProblemsNotice } from './filters/url-problems-notice';
import { CallsResults } from './list/calls-results';
import { CallLogProvider, useCallLog } from './use-call-log';

export function CallLogPage() {
  return (
    <CallLogProvider>
      <CallLogView />
    </CallLogProvider>
  );
}

function CallLogView() {
  const { state, anchor, urlProblems, dismissUrlProblems } = useCallLog();
  return (
    <div className="call-log">
      <div className="call-log__heading">
        <h1>Calls</h1>
        <RangeSummary state={state} anchor={anchor} />
      </div>
      <UrlProblemsNotice problems={urlProblems} onDismiss={dismissUrlProblems} />
      <FilterForm />
      <CallsResults />
      <CallDrawerPlaceholder />
    </div>
  );
}
