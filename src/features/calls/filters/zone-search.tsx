/**
 * Finding a zone by typing (ARIA 1.2 combobox with a list popup): the list narrows as
 * the reader types a city, region or offset; arrows, Page Up/Down, Home and End move
 * through it, Enter picks, Escape leaves without changing anything. Loaded on first use,
 * so the zone list costs the first view nothing.
 */
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { matchZones, runtimeZoneNames, zoneOptions } from './zone-options';

const PAGE = 10;

export default function ZoneSearch({ current, onChoose }: { current: string; onChoose: (name: string) => void }) {
  const id = useId();
  const options = useMemo(() => zoneOptions(runtimeZoneNames(), new Date()), []);
  const [query, setQuery] = useState('');
  const matches = useMemo(() => matchZones(options, query), [options, query]);
  const [active, setActive] = useState(() => Math.max(0, options.findIndex((option) => option.name === current)));
  const activeOption = matches[Math.min(active, matches.length - 1)];
  const optionId = (name: string) => `${id}-${name}`;

  useEffect(() => {
    if (activeOption === undefined) return;
    // jsdom has no scrollIntoView; a browser always does.
    document.getElementById(optionId(activeOption.name))?.scrollIntoView?.({ block: 'nearest' });
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = matches.length - 1;
    const at = Math.min(active, last);
    const moves: Record<string, number> = {
      ArrowDown: Math.min(at + 1, last),
      ArrowUp: Math.max(at - 1, 0),
      PageDown: Math.min(at + PAGE, last),
      PageUp: Math.max(at - PAGE, 0),
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next !== undefined && last >= 0) {
      event.preventDefault();
      setActive(next);
    } else if (event.key === 'Enter' && activeOption !== undefined) {
      event.preventDefault();
      onChoose(activeOption.name);
    }
  };

  return (
    <div className="zone-search">
      <label htmlFor={`${id}-input`}>Find a time zone</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        placeholder="City, region or GMT+2"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={activeOption === undefined ? undefined : optionId(activeOption.name)}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Time zones" className="zone-search__list">
        {matches.map((option) => (
          <li
            key={option.name}
            id={optionId(option.name)}
            role="option"
            aria-selected={option === activeOption}
            className="zone-search__option"
            // Keeps focus in the field, so the list stays the field's popup while clicked.
            onPointerDown={(event) => event.preventDefault()}
            onClick={() => onChoose(option.name)}
          >
            <span>{option.words}</span> <span className="zone-search__offset">{option.offset}</span>
          </li>
        ))}
      </ul>
      <p role="status" className="zone-search__count">
        {matches.length === 0 ? `No zone matches “${query}”.` : `${matches.length} zones`}
      </p>
    </div>
  );
}
