/** The outcomes to show: any of the seven; none ticked means all. */
import { DISPOSITIONS, type Disposition } from '../../../contract/vocabulary';
import { dispositionLabel } from '../disposition-label';

export function DispositionField({
  selected,
  onChange,
}: {
  selected: readonly Disposition[] | null;
  onChange: (next: Disposition[] | null) => void;
}) {
  const chosen = new Set(selected ?? []);
  const toggle = (value: Disposition) => {
    const next = new Set(chosen);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    // Kept in the vocabulary's order, so equal selections give equal addresses.
    const ordered = DISPOSITIONS.filter((d) => next.has(d));
    onChange(ordered.length === 0 ? null : ordered);
  };
  return (
    <fieldset className="filter-field filter-field--wide disposition-field">
      <legend>Disposition</legend>
      <div className="disposition-field__options">
        {DISPOSITIONS.map((value) => (
          <label key={value} className="disposition-field__option" data-disposition={value}>
            <input type="checkbox" name="disposition" value={value} checked={chosen.has(value)} onChange={() => toggle(value)} />
            <span>{dispositionLabel(value)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
