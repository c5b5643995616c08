/**
 * The disposition choice as a compact menu: a button saying how many outcomes are
 * chosen, opening the same checkboxes over the page.
 */
import { lazy } from 'react';
import { Deferred } from '../../../components/deferred';
import { useDisclosure } from '../../../components/use-disclosure';
import type { Disposition } from '../../../contract/vocabulary';
import { FilterMenuButton } from './filter-menu-button';
import '../../../components/floating-panel.css';

// Its own chunk: the menu starts closed, so its checkboxes are not needed for the first rows.
const DispositionField = lazy(() => import('./disposition-field').then((module) => ({ default: module.DispositionField })));

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
      <div className="floating-panel filter-menu__panel" {...panelProps}>
        <Deferred>
          <DispositionField selected={selected} onChange={onChange} />
        </Deferred>
      </div>
    </div>
  );
}
