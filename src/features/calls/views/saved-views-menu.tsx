/**
 * "Views": a menu button in the toolbar. Its body (the views, saving, renaming) is a chunk
 * of its own, loaded when the menu first opens, so the first view carries only this button.
 */
import { lazy, Suspense } from 'react';
import { Button } from '../../../components/button';
import { useDisclosure } from '../../../components/use-disclosure';
import './views.css';
import '../../../components/floating-panel.css';

const ViewsPanel = lazy(() => import('./views-panel'));

export function SavedViewsMenu() {
  const { open, close, buttonProps, panelProps } = useDisclosure({ floating: true });
  const chosen = () => {
    buttonProps.ref.current?.focus();
    close();
  };
  return (
    <div className="views-menu">
      <Button variant="compact" {...buttonProps}>
        Views
        <span className="views-menu__chevron" aria-hidden="true">
          ▾
        </span>
      </Button>
      <div className="floating-panel views-menu__panel" {...panelProps}>
        {open ? (
          <Suspense fallback={<p className="views-panel__note">Loading views…</p>}>
            <ViewsPanel onChosen={chosen} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
