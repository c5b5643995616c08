/**
 * An id filter (campaign, org unit, call flow) as an ARIA 1.2 combobox with a list
 * popup: typing part of a name (or the start of an id) lists the matches with their id
 * and recent calls; arrows move through them, Enter or a click chooses one, Escape
 * closes the list. A typed id still works on its own. The address keeps the id; the
 * field shows the name. Focus stays in the input throughout (aria-activedescendant).
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { ParseResult } from './filter-fields';
import { matchOptions, namedExactly, optionText, type IdOption } from './id-options';
import { useDebouncedCommit } from './use-debounced-commit';

interface IdComboboxProps {
  label: string;
  name: string;
  committed: number | null;
  options: readonly IdOption[];
  /** Checks a typed id (a whole number, and within what the dashboard may show). */
  parseId: (text: string) => ParseResult<number>;
  commit: (value: number | null) => void;
}

const callsText = (calls: number) => `${calls.toLocaleString('en-US')} recent call${calls === 1 ? '' : 's'}`;

export function IdCombobox({ label, name, committed, options, parseId, commit }: IdComboboxProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const what = label.toLocaleLowerCase();

  const parse = (text: string): ParseResult<number> => {
    // Something like a number ("3.5", "-2") is checked as an id; anything else is looked up by name.
    if (text === '' || /^[\d.,+-]+$/.test(text)) return parseId(text);
    const named = namedExactly(options, text);
    if (named !== undefined) return { ok: true, value: named.id };
    return matchOptions(options, text, 1).length === 0
      ? { ok: false, message: `No ${what} matches “${text}”. Type its id, or part of its name.` }
      : { ok: false, message: `Choose a ${what} from the list, or type its id.` };
  };
  const { draft, error, onChange, flushNow, choose } = useDebouncedCommit({
    committed,
    toText: (value: number) => optionText(options, value),
    parse,
    commit,
  });

  // The whole list while the field shows what is chosen; the matches once the reader types.
  const shownText = committed !== null && draft === optionText(options, committed) ? '' : draft;
  const matches = matchOptions(options, shownText);
  const expanded = open && matches.length > 0;
  const listId = `${id}-listbox`;
  const errorId = `${id}-error`;
  const optionId = (index: number) => `${id}-option-${index}`;
  // While the list offers matches, a name being typed is not an error yet.
  const shownError = error !== null && !expanded ? error : null;

  useEffect(() => {
    if (!expanded || active < 0) return;
    document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  });

  const pick = (option: IdOption) => {
    choose(option.name ?? String(option.id), option.id);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = matches.length - 1;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!expanded) {
          setOpen(true);
          setActive(down ? 0 : last);
        } else setActive(down ? (active >= last ? 0 : active + 1) : active <= 0 ? last : active - 1);
        return;
      }
      case 'Enter': {
        event.preventDefault();
        const option = expanded && active >= 0 ? matches[active] : undefined;
        if (option !== undefined) pick(option);
        else {
          flushNow();
          setOpen(false);
        }
        return;
      }
      case 'Escape':
        // The list closes first; a second Escape reaches the panel around the field.
        if (expanded) {
          event.stopPropagation();
          setOpen(false);
          setActive(-1);
        }
        return;
      default:
    }
  };

  return (
    <div className="filter-field id-combobox">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        value={draft}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-invalid={shownError !== null}
        aria-describedby={shownError !== null ? errorId : undefined}
        onChange={(event) => {
          onChange(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onClick={() => setOpen((was) => !was)}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
          flushNow();
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={`${label} matches`} className="id-combobox__listbox" hidden={!expanded}>
        {expanded
          ? matches.map((option, index) => (
              <li
                key={option.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className="id-combobox__option"
                // Keeps focus in the input, so choosing never blurs it half-way.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(option)}
              >
                <span className="id-combobox__name">{option.name ?? `${label} ${option.id}`}</span>
                <span className="id-combobox__meta">
                  #{option.id}
                  {option.calls !== null ? ` · ${callsText(option.calls)}` : ''}
                </span>
              </li>
            ))
          : null}
      </ul>
      <p id={errorId} className="filter-field__error" role="alert" hidden={shownError === null}>
        {shownError}
      </p>
    </div>
  );
}
