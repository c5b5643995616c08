/**
 * A value that keeps its identity while `key` (what it is made of, written out) stays
 * the same, so memoised parts that receive it are not redrawn for an equal copy: parsers
 * such as the address's hand back new objects on every change, even for values that did
 * not change.
 */
import { useState } from 'react';

export function useStableValue<T>(value: T, key: string): T {
  const [kept, setKept] = useState({ value, key });
  if (kept.key === key) return kept.value;
  // Adjusting state while rendering, as React recommends over an effect.
  setKept({ value, key });
  return value;
}
