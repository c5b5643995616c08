/** Times in the viewer's own zone (named, so nobody guesses) or in UTC. */
import type { TimeZoneChoice } from '../date-range';

const localZoneName = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function TimeZoneSwitch({ zone, onChange }: { zone: TimeZoneChoice; onChange: (zone: TimeZoneChoice) => void }) {
  return (
    <fieldset className="filter-field time-zone-switch">
      <legend>Times in</legend>
      <div className="segmented">
        <label>
          <input type="radio" name="tz" value="local" checked={zone === 'local'} onChange={() => onChange('local')} />
          <span>My time ({localZoneName()})</span>
        </label>
        <label>
          <input type="radio" name="tz" value="utc" checked={zone === 'utc'} onChange={() => onChange('utc')} />
          <span>UTC</span>
        </label>
      </div>
    </fieldset>
  );
}
