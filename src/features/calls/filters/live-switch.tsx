/**
 * "Live": the list watches for new calls while on (the address keeps `live=1`). Offered
 * only for ranges that run up to now; the watching itself loads with the results.
 */
export function LiveSwitch({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <button type="button" role="switch" aria-checked={on} className="live-switch" onClick={() => onChange(!on)}>
      <span className="live-switch__track" aria-hidden="true">
        <span className="live-switch__thumb" />
      </span>
      Live
    </button>
  );
}
