/**
 * The button that opens one of the toolbar's menus: its name, how many of its filters
 * are in force (as a badge, read out with what the number counts), and a chevron.
 */
import type { ComponentPropsWithRef } from 'react';
import { Button } from '../../../components/button';
import { VisuallyHidden } from '../../../components/visually-hidden';

export function FilterMenuButton({
  label,
  count,
  counted,
  className,
  ...props
}: ComponentPropsWithRef<'button'> & { label: string; count: number; counted: string }) {
  return (
    <Button variant="compact" className={className === undefined ? 'filter-menu__toggle' : `filter-menu__toggle ${className}`} {...props}>
      {label}
      {count > 0 ? (
        <span className="filter-menu__count">
          {count}
          <VisuallyHidden> {counted}</VisuallyHidden>
        </span>
      ) : null}
      <span className="filter-menu__chevron" aria-hidden="true">
        ▾
      </span>
    </Button>
  );
}
