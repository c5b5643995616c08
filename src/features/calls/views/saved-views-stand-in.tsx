/**
 * The "Views" button as it looks before its code arrives, a moment after the first paint:
 * the same box, inert, so the toolbar does not move when the real one takes its place.
 * Its stylesheet loads here, with the first view, for that reason.
 */
import { Button } from '../../../components/button';
import './views.css';

export function SavedViewsStandIn() {
  return (
    <div className="views-menu" inert>
      <Button variant="compact">
        Views
        <span className="views-menu__chevron">▾</span>
      </Button>
    </div>
  );
}
