/**
 * A call's disposition as a badge. Shared by the table's column and the drawer's
 * overview; the summary's charts take their colours by the same key.
 */
import { MISSING } from '../../../lib/format';
import { dispositionLabel } from '../disposition-label';
import './disposition-badge.css';

/** Data-attribute value for a disposition's colour: `NO ANSWER` → `no-answer`. */
export function dispositionKey(disposition: string): string {
  return disposition
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
}

/**
 * The label carries the meaning; the colour (set per disposition in disposition-badge.css)
 * only helps scanning, so the badge reads the same without colour vision or in forced
 * colours. A disposition added upstream later gets the neutral colour.
 */
export function DispositionBadge({ disposition }: { disposition: string }) {
  const label = disposition.trim() === '' ? MISSING : dispositionLabel(disposition);
  if (label === MISSING) return MISSING;
  return (
    <span className="disposition-badge" data-disposition={dispositionKey(disposition)}>
      {label}
    </span>
  );
}
