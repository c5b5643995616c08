/** Times in the viewer's own zone (named, so nobody guesses) or in UTC. */
import { readerTimeZone, UTC_TIME_ZONE, type TimeZone } from '../../../lib/time-zone';

export function TimeZoneSwitch({ zone, onChange }: { zone: TimeZone; onChange: (zone: TimeZone) => void }) {
  const reader = readerTimeZone();
  const choices = [
    { value: 'local', zone: reader, text: `My time (${reader.intl})` },
    { value: 'utc', zone: UTC_TIME_ZONE, text: UTC_TIME_ZONE.label },
  ];
  return (
    <fieldset className="filter-field time-zone-switch">
      <legend>Times in</legend>
      <div className="segmented">
        {choices.map((choice) => (
          <label key={choice.value}>
            <input
              type="radio"
              name="tz"
              value={choice.value}
              checked={zone.kind === choice.zone.kind}
              onChange={() => onChange(choice.zone)}
            />
            <span>{choice.text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
