/**
 * One typed filter (an id or a phone number): a labelled input whose draft is checked as
 * it is typed, with the message shown inline and announced; only a valid value reaches
 * the address. Ids can offer the values seen so far while still taking any typed id.
 * A value typed in several steps (a phone number) says what it still lacks, quietly (it
 * is not an error), on a line kept for it so the row does not grow as the message comes.
 */
import { useId } from 'react';
import type { ParseResult } from './filter-fields';
import type { SeenOption } from './use-seen-options';
import { useDebouncedCommit } from './use-debounced-commit';

interface TextFilterFieldProps<T> {
  label: string;
  name: string;
  committed: T | null;
  toText: (value: T) => string;
  parse: (text: string) => ParseResult<T>;
  commit: (value: T | null) => void;
  placeholder?: string;
  inputMode?: 'numeric' | 'tel';
  options?: readonly SeenOption[];
  /** Keep a line under the input for the message, shown or not. */
  reserveMessageLine?: boolean;
}

export function TextFilterField<T>({
  label,
  name,
  committed,
  toText,
  parse,
  commit,
  placeholder,
  inputMode,
  options,
  reserveMessageLine = false,
}: TextFilterFieldProps<T>) {
  const id = useId();
  const { draft, error, incomplete, onChange, flushNow } = useDebouncedCommit({ committed, toText, parse, commit });
  const listId = `${id}-options`;
  const errorId = `${id}-error`;
  return (
    <div className={reserveMessageLine ? 'filter-field filter-field--message-line' : 'filter-field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        autoComplete="off"
        spellCheck={false}
        inputMode={inputMode}
        placeholder={placeholder}
        value={draft}
        list={options && options.length > 0 ? listId : undefined}
        aria-invalid={error !== null && !incomplete}
        aria-describedby={error !== null ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={flushNow}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            flushNow();
          }
        }}
      />
      {options && options.length > 0 ? (
        <datalist id={listId}>
          {options.map((option) => (
            <option key={option.id} value={String(option.id)}>
              {option.label}
            </option>
          ))}
        </datalist>
      ) : null}
      {incomplete ? (
        <p id={errorId} className="filter-field__hint">
          {error}
        </p>
      ) : (
        <p id={errorId} className="filter-field__error" role="alert" hidden={error === null && !reserveMessageLine}>
          {error}
        </p>
      )}
    </div>
  );
}
