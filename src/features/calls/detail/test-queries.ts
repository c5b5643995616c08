/** Finding what the drawer shows the way a reader does: a section by its title, a value by its label. */
import { screen, within } from '@testing-library/react';

export function region(name: string, container: HTMLElement = document.body): HTMLElement {
  return within(container).getByRole('region', { name });
}

/** The texts of every value labelled `label` (a `<dt>`) inside `scope`; empty when none. */
export function valuesOf(scope: HTMLElement, label: string): string[] {
  return Array.from(scope.querySelectorAll('dt'))
    .filter((term) => term.textContent === label)
    .map((term) => term.nextElementSibling?.textContent ?? '');
}

/** The one value labelled `label` in the section titled `section`. */
export function valueIn(section: string, label: string): string | undefined {
  return valuesOf(region(section), label)[0];
}

export function noRegion(name: string): boolean {
  return screen.queryByRole('region', { name }) === null;
}
