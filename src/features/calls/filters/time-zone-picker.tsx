/**
 * The zone times are shown in: the reader's own (named, so nobody guesses), UTC, the
 * zone a link brought, or any other found by searching. The search and its list of
 * zones load when first opened, in a panel over the page, so nothing shifts.
 */
import { lazy, Suspense } from 'react';
import { Button } from '../../../components/button';
import { useDisclosure } from '../../../components/use-disclosure';
import { readerTimeZone, UTC_TIME_ZONE, zoneShortName, type TimeZone } from '../../../lib/time-zone';
import { timeZoneFromParam } from '../time-zone-param';
import '../../../components/floating-panel.css';

const loadZoneSearch = () => import('./zone-search');
const ZoneSearch = lazy(loadZoneSearch);

export function TimeZonePicker({ zone, onChange }: { zone: TimeZone; onChange: (zone: TimeZone) => void }) {
  const reader = readerTimeZone();
  const now = new Date();
  const isReaders = zone.kind === 'reader' || (zone.kind === 'named' && zone.intl === reader.intl);
  const choices = [
    { value: 'local', zone: reader, text: `My time: ${zoneShortName(reader, now)}`, checked: isReaders },
    { value: 'utc', zone: UTC_TIME_ZONE, text: UTC_TIME_ZONE.label, checked: zone.kind === 'utc' },
  ];
  if (zone.kind === 'named' && !isReaders) {
    choices.push({ value: 'named', zone, text: zoneShortName(zone, now), checked: true });
  }
  const search = useDisclosure({ floating: true });
  const choose = (name: string) => {
    search.buttonProps.ref.current?.focus();
    search.close();
    onChange(timeZoneFromParam(name));
  };

  return (
    <fieldset className="filter-field time-zone-switch">
      <legend>Times in</legend>
      <div className="time-zone-switch__row">
        <div className="segmented">
          {choices.map((choice) => (
            <label key={choice.value} title={choice.zone.intl}>
              <input
                type="radio"
                name="tz"
                value={choice.value}
                checked={choice.checked}
                onChange={() => onChange(choice.zone)}
              />
              <span>{choice.text}</span>
            </label>
          ))}
        </div>
        <div className="time-zone-switch__search">
          <Button
            variant="compact"
            {...search.buttonProps}
            // Fetched as the pointer or focus nears, so the list is usually there on the click.
            onPointerEnter={() => void loadZoneSearch()}
            onFocus={() => void loadZoneSearch()}
          >
            Other zone…
          </Button>
          <div className="floating-panel time-zone-switch__panel" {...search.panelProps}>
            {search.open ? (
              <Suspense fallback={<p role="status">Loading time zones…</p>}>
                <ZoneSearch current={zone.intl} onChoose={choose} />
              </Suspense>
            ) : null}
          </div>
        </div>
      </div>
    </fieldset>
  );
}
