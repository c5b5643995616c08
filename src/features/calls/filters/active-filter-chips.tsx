/**
 * The filters in force, one removable chip each, and "Clear all" when there are two or
 * more. Removing a chip puts focus on its neighbour (or, after the last, on `fallback`),
 * so a keyboard user removing chips one after another never loses their place.
 */
import { useRef, type RefObject } from 'react';
import { Button } from '../../../components/button';
import type { FilterPatch } from '../use-call-log';
import { clearAllFilters, clearFilter, type ActiveFilter } from './active-filters';

export function ActiveFilterChips({
  chips,
  onChange,
  fallback,
}: {
  chips: readonly ActiveFilter[];
  onChange: (patch: FilterPatch) => void;
  /** Where focus goes when no chip is left to take it. */
  fallback: RefObject<HTMLElement | null>;
}) {
  const listRef = useRef<HTMLUListElement>(null);
  if (chips.length === 0) return null;

  const remove = (index: number) => {
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.filter-chip') ?? [];
    // The neighbour is focused before the chip goes, so focus never falls to the page.
    const next = buttons[index + 1] ?? buttons[index - 1];
    (next ?? fallback.current)?.focus();
    onChange(clearFilter(chips[index]!.key));
  };

  return (
    <div className="active-filters">
      <ul ref={listRef} className="active-filters__list" aria-label="Active filters">
        {chips.map((chip, index) => (
          <li key={chip.key}>
            <button
              type="button"
              className="control filter-chip"
              aria-label={`Remove ${chip.label}: ${chip.value}`}
              onClick={() => remove(index)}
            >
              <span>
                <span className="filter-chip__label">{chip.label}:</span> {chip.value}
              </span>
              <span className="filter-chip__remove" aria-hidden="true">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      {chips.length > 1 ? (
        <Button
          variant="compact"
          className="active-filters__clear"
          onClick={() => {
            fallback.current?.focus();
            onChange(clearAllFilters());
          }}
        >
          Clear all
        </Button>
      ) : null}
    </div>
  );
}
