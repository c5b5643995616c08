/**
 * The filters as one compact toolbar: the date range and zone, the disposition menu and
 * "More filters" for the rarely used fields, with the filters in force as removable
 * chips below. On a phone the toolbar is one line, the date range and a "Filters" button
 * (with the count of filters in force) that unfolds the rest; the chips stay in sight. Every filter is written to the address when valid; nothing invalid is
 * ever sent: a bad value is shown inline and the table keeps its last rows.
 */
import { lazy, memo, useState, type ReactNode } from 'react';
import { Deferred } from '../../../components/deferred';
import { useDisclosure } from '../../../components/use-disclosure';
import { useNarrowFold } from '../../../components/use-narrow-fold';
import { RenderRegion } from '../../../lib/render-region';
import type { TimeZone } from '../../../lib/time-zone';
import { rangeEndsNow } from '../date-range';
import type { CallFilterState, FilterPatch } from '../use-call-log';
import { DateRangeField } from './date-range-field';
import { DispositionMenu } from './disposition-menu';
import { FilterMenuButton } from './filter-menu-button';
import { LiveSwitch } from './live-switch';
import { activeMoreFilters } from './more-filter-keys';
import { TimeZonePicker } from './time-zone-picker';
import './filters.css';

// Not needed for the first rows: its fields (and their comboboxes) load when the panel first opens.
const loadMoreFilters = () => import('./more-filters-fields');
const MoreFiltersFields = lazy(() => loadMoreFilters().then((module) => ({ default: module.MoreFiltersFields })));
// Chips show only while a filter is in force; until their code lands a row of the same height holds their place.
const FilterChips = lazy(() => import('./filter-chips'));

/** A pointer or focus on the button fetches the fields' code ahead, so opening seldom waits for it. */
const preloadMoreFilters = () => {
  loadMoreFilters().catch(() => {});
};

export interface FilterToolbarProps {
  /** The filters in force (`CallLog.filters`: the same object while they stay the same). */
  state: CallFilterState;
  anchor: Date;
  timeZone: TimeZone;
  setFilters: (patch: FilterPatch) => void;
  setTimeZone: (zone: TimeZone) => void;
  /** Whether the live view is on; its switch shows for ranges that end now. */
  live: boolean;
  setLive: (on: boolean) => void;
  /** The saved views' menu, beside the filter menus (it lives in a part of its own). */
  views?: ReactNode;
}

// Memoised on the filters alone: a page change or an opened call leaves it as it is.
export const FilterToolbar = memo(function FilterToolbar({
  state,
  anchor,
  timeZone,
  setFilters,
  setTimeZone,
  live,
  setLive,
  views,
}: FilterToolbarProps) {
  const more = useDisclosure();
  const [moreOpened, setMoreOpened] = useState(false);
  if (more.open && !moreOpened) setMoreOpened(true);
  // As many as there are chips: several outcomes are one filter.
  const inForce = ((state.disposition?.length ?? 0) > 0 ? 1 : 0) + activeMoreFilters(state);
  // On a phone everything but the date range folds behind one "Filters" button.
  const fold = useNarrowFold();
  // Where focus goes when the last chip is removed: "More filters", or on a phone with the
  // rest folded away, the button that unfolds it.
  const chipsFallback = {
    get current() {
      return fold.shownToggle() ?? more.buttonProps.ref.current;
    },
  };

  return (
    <RenderRegion name="toolbar">
      <form className="filter-toolbar" role="search" aria-label="Filter calls" onSubmit={(event) => event.preventDefault()}>
        <div className="filter-toolbar__row">
          <DateRangeField state={state} anchor={anchor} zone={timeZone} onChange={setFilters} />
          <FilterMenuButton label="Filters" count={inForce} counted="active" {...fold.buttonProps} />
          <div {...fold.panelProps}>
            <TimeZonePicker zone={timeZone} onChange={setTimeZone} />
            <div className="filter-toolbar__menus">
              <DispositionMenu selected={state.disposition} onChange={(disposition) => setFilters({ disposition })} />
              <FilterMenuButton
                label="More filters"
                count={activeMoreFilters(state)}
                counted="active"
                onPointerEnter={preloadMoreFilters}
                onFocus={preloadMoreFilters}
                {...more.buttonProps}
              />
              {views}
            </div>
            {rangeEndsNow(state) ? <LiveSwitch on={live} onChange={setLive} /> : null}
          </div>
        </div>
        <div className="more-filters" {...more.panelProps}>
          {moreOpened ? (
            <Deferred fallback={<p className="more-filters__loading">Loading filters…</p>}>
              <MoreFiltersFields state={state} onChange={setFilters} />
            </Deferred>
          ) : null}
        </div>
        {inForce > 0 ? (
          <Deferred fallback={<div className="active-filters active-filters--loading" />}>
            <FilterChips state={state} onChange={setFilters} fallback={chipsFallback} />
          </Deferred>
        ) : null}
      </form>
    </RenderRegion>
  );
});
