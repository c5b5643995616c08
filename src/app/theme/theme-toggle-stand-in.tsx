/**
 * The theme select as it looks before its code arrives, a moment after the first paint:
 * the same label and a select with the same options (so the same width), inert, so the
 * header does not move when the real one takes its place. Its stylesheet loads here, with
 * the first view, for that reason.
 */
import './theme-toggle.css';

export function ThemeToggleStandIn() {
  return (
    <div className="theme-toggle" inert>
      <label>Theme</label>
      <select>
        <option>System</option>
        <option>Light</option>
        <option>Dark</option>
      </select>
    </div>
  );
}
