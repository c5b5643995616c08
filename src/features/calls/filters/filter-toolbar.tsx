/**
 * The filters as one compact toolbar: the date range and zone, the disposition menu and
 * "More filters" for the rarely used fields, with the filters in force as removable
 * chips below. Every filter is written to the address when valid; nothing invalid is
 * ever sent: a bad value is shown inline and the table keeps its last rows.
 */
import { lazy } from 'react';
import { Deferred } from '../../../components/deferred';
import { useDisclosure } from '../../../components/use-disclosure';
import { useCallLog } from '../use-call-log';
import { ActiveFilterChips } from './active-filter-chips';
import { activeFilters } from './active-filters';
import { DateRangeField } from './date-range-field';
import { DispositionMenu } from './disposition-menu';
import { activeMoreFilters } from './filter-fields';
import { FilterMenuButton } from './filter-menu-button';
import { TimeZoneSwitch } from './time-zone-switch';
import { useSeenOptions } from './use-seen-options';
import './filters.css';

// Its own chunk: the panel starts closed, so its fields are not needed for the first rows.
const MoreFiltersFields = lazy(() => import('./more-filters-fields').then((module) => ({ default: module.MoreFiltersFields })));

export function FilterToolbar() {
  const { state, anchor, timeZone, setFilters, setTimeZone } = useCallLog();
  const more = useDisclosure();
  const names = {
    org_unit_id: useSeenOptions('org_unit_id'),
    campaign_id: useSeenOptions('campaign_id'),
    provisioned_route_id: useSeenOptions('provisioned_route_id'),
  };
  const chips = activeFilters(state, names);

  return (
    <form className="filter-toolbar" role="search" aria-label="Filter calls" onSubmit={(event) => event.preventDefault()}>
      <div className="filter-toolbar__row">
        <DateRangeField state={state} anchor={anchor} zone={timeZone} onChange={setFilters} />
        <TimeZoneSwitch zone={timeZone} onChange={setTimeZone} />
        <div className="filter-toolbar__menus">
          <DispositionMenu selected={state.disposition} onChange={(disposition) => setFilters({ disposition })} />
          <FilterMenuButton label="More filters" count={activeMoreFilters(state)} counted="active" {...more.buttonProps} />
        </div>
      </div>
      <div className="more-filters" {...more.panelProps}>
        <Deferred>
          <MoreFiltersFields state={state} onChange={setFilters} />
        </Deferred>
      </div>
      <ActiveFilterChips chips={chips} onChange={setFilters} fallback={more.buttonProps.ref} />
    </form>
  );
}
