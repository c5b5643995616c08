/**
 * The filters as one compact toolbar: the date range and zone, the disposition menu and
 * "More filters" for the rarely used fields, with the filters in force as removable
 * chips below. Every filter is written to the address when valid; nothing invalid is
 * ever sent: a bad value is shown inline and the table keeps its last rows.
 */
import { memo } from 'react';
import { useDisclosure } from '../../../components/use-disclosure';
import { RenderRegion } from '../../../lib/render-region';
import type { TimeZone } from '../../../lib/time-zone';
import type { CallFilterState, FilterPatch } from '../use-call-log';
import { ActiveFilterChips } from './active-filter-chips';
import { activeFilters } from './active-filters';
import { DateRangeField } from './date-range-field';
import { DispositionMenu } from './disposition-menu';
import { activeMoreFilters } from './filter-fields';
import { FilterMenuButton } from './filter-menu-button';
import { MoreFiltersFields } from './more-filters-fields';
import { TimeZoneSwitch } from './time-zone-switch';
import { useSeenOptions } from './use-seen-options';
import './filters.css';

export interface FilterToolbarProps {
  /** The filters in force (`CallLog.filters`: the same object while they stay the same). */
  state: CallFilterState;
  anchor: Date;
  timeZone: TimeZone;
  setFilters: (patch: FilterPatch) => void;
  setTimeZone: (zone: TimeZone) => void;
}

// Memoised on the filters alone: a page change or an opened call leaves it as it is.
export const FilterToolbar = memo(function FilterToolbar({ state, anchor, timeZone, setFilters, setTimeZone }: FilterToolbarProps) {
  const more = useDisclosure();
  const names = {
    org_unit_id: useSeenOptions('org_unit_id'),
    campaign_id: useSeenOptions('campaign_id'),
    provisioned_route_id: useSeenOptions('provisioned_route_id'),
  };
  const chips = activeFilters(state, names);

  return (
    <RenderRegion name="toolbar">
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
          <MoreFiltersFields state={state} onChange={setFilters} />
        </div>
        <ActiveFilterChips chips={chips} onChange={setFilters} fallback={more.buttonProps.ref} />
      </form>
    </RenderRegion>
  );
});
