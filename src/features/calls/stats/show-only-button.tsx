/**
 * The buttons that narrow the call log to one disposition or campaign. The visible text
 * is short ("Show only", beside the name in its row); the name a screen reader announces
 * says what it filters to ("Show only Answered"), and starts with the visible text, so
 * speech control finds it by what it shows.
 */
import type { ReactNode } from 'react';
import { Button } from '../../../components/button';

export function ShowOnlyButton({ what, onClick }: { what: string; onClick: () => void }) {
  return (
    <Button variant="compact" className="summary-show-only" aria-label={`Show only ${what}`} onClick={onClick}>
      Show only
    </Button>
  );
}

/** A coloured square beside a name; decoration only, the name carries the meaning. */
export function Swatch({ fill, stroke }: { fill: string; stroke: string }): ReactNode {
  return <span className="summary-swatch" aria-hidden="true" style={{ background: fill, borderColor: stroke }} />;
}
