/**
 * The disposition choice as a compact menu: a button saying how many outcomes are
 * chosen, opening the same checkboxes over the page.
 */
import { useDisclosure } from '../../../components/use-disclosure';
import type { Disposition } from '../../../contract/vocabulary';
import { DispositionField } from './disposition-field';
import { FilterMenuButton } from './filter-menu-button';

export function DispositionMenu({
  selected,
  onChange,
}: {
  selected: readonly Disposition[] | null;
  onChange: (next: Disposition[] | null) => void;
}) {
  const { buttonProps, panelProps } = useDisclosure({ floating: true });
  return (
    <div className="filter-menu">
      <FilterMenuButton label="Disposition" count={selected?.length ?? 0} counted="chosen" {...buttonProps} />
      <div className="filter-menu__panel" {...panelProps}>
        <DispositionField selected={selected} onChange={onChange} />
      </div>
    </div>
  );
}
