/**
 * What an id filter can offer: the catalogue's entries (name, id, recent calls), and
 * the names the loaded calls gave ids the catalogue does not know yet. How a typed text
 * finds them: part of a name, or the start of an id.
 */
import type { CatalogEntry } from '../../../contract/catalog';
import type { SeenOption } from './use-seen-options';

export interface IdOption {
  id: number;
  name: string | null;
  /** Recent calls, when the catalogue counted them. */
  calls: number | null;
}

/** The catalogue's entries first (most calls first), then what only the loaded calls named. */
export function mergeOptions(catalogue: readonly CatalogEntry[] | undefined, seen: readonly SeenOption[] = []): IdOption[] {
  const options: IdOption[] = (catalogue ?? []).map(({ id, name, calls }) => ({ id, name, calls }));
  const known = new Set(options.map((option) => option.id));
  for (const { id, label } of seen) if (!known.has(id)) options.push({ id, name: label, calls: null });
  return options;
}

/** Most options a listbox shows at once: typing more narrows it. */
export const MAX_SHOWN = 50;

/** The options whose name holds `text` (any case) or whose id starts with it; every option for no text. */
export function matchOptions(options: readonly IdOption[], text: string, max = MAX_SHOWN): IdOption[] {
  const wanted = text.trim().toLocaleLowerCase();
  const matches = wanted === '' ? options : options.filter((o) => String(o.id).startsWith(wanted) || (o.name?.toLocaleLowerCase().includes(wanted) ?? false));
  return matches.slice(0, max);
}

/** The option named exactly `text` (any case), if one is. */
export function namedExactly(options: readonly IdOption[], text: string): IdOption | undefined {
  const wanted = text.trim().toLocaleLowerCase();
  return wanted === '' ? undefined : options.find((o) => o.name?.toLocaleLowerCase() === wanted);
}

/** What the field shows for a chosen id: its name when known, else the id. */
export function optionText(options: readonly IdOption[], id: number): string {
  return options.find((o) => o.id === id)?.name ?? String(id);
}
