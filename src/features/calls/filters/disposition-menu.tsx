/**
 * The disposition choice as a compact menu: a button saying how many outcomes are
 * chosen, opening the same checkboxes over the page.
 */
import { Button } from '../../../components/button';
import { useDisclosure } from '../../../components/use-disclosure';
import { VisuallyHidden } from '../../../components/visually-hidden';
import type { Disposition } from '../../../contract/vocabulary';
import { DispositionField } from './disposition-field';

export function DispositionMenu({
  selected,
  onChange,
}: {
  selected: readonly Disposition[] | null;
  onChange: (next: Disposition[] | null) => void;
}) {
  const { buttonProps, panelProps } = useDisclosure({ floating: true });
  const count = selected?.length ?? 0;
  return (
    <div className="filter-menu">
      <Button variant="compact" className="filter-menu__toggle" {...buttonProps}>
        Disposition
        {count > 0 ? (
          <span className="filter-menu__count">
            {count}
            <VisuallyHidden> chosen</VisuallyHidden>
          </span>
        ) : null}
        <span className="filter-menu__chevron" aria-hidden="true">
          ▾
        </span>
      </Button>
      <div className="filter-menu__panel" {...panelProps}>
        <DispositionField selected={selected} onChange={onChange} />
      </div>
    </div>
  );
}
