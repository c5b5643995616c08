/**
 * The body of the "Views" menu: the built-in views, the reader's saved views (each
 * restored by choosing its name, shared by copying its link, renamed or deleted), and a
 * field to save what is on screen as a new view. Loaded with its own chunk, on first use.
 */
import { useId, useRef, useState } from 'react';
import { Button } from '../../../components/button';
import { CopyButton, CopyFallbackField } from '../../../components/copy-button';
import { VisuallyHidden } from '../../../components/visually-hidden';
import { pageConfig } from '../../../lib/page-config';
import { shareLink } from '../../../lib/share-link';
import { useCallLog } from '../use-call-log';
import { RenameViewField, SaveViewField } from './view-name-field';
import { BUILT_IN_VIEWS, restoreView, viewSearch } from './view-search';
import { useSavedViews } from './use-saved-views';

export interface ViewsPanelProps {
  /** A view was chosen and is on screen. */
  onChosen: () => void;
}

export default function ViewsPanel({ onChosen }: ViewsPanelProps) {
  const log = useCallLog();
  const onChoose = (search: string) => {
    restoreView(log, search);
    onChosen();
  };
  const saved = useSavedViews();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const builtInId = useId();
  const savedId = useId();
  const saveInput = useRef<HTMLInputElement>(null);

  return (
    <div className="views-panel">
      <p className="views-panel__heading" id={builtInId}>
        Built-in views
      </p>
      <ul className="views-panel__list" aria-labelledby={builtInId}>
        {BUILT_IN_VIEWS.map((view) => (
          <li key={view.id} className="views-panel__item">
            <ChooseButton name={view.name} onChoose={() => onChoose(view.search)} />
            <ViewLink name={view.name} search={view.search} />
          </li>
        ))}
      </ul>
      <p className="views-panel__heading" id={savedId}>
        Saved views
      </p>
      {saved.unreadable ? (
        <p className="views-panel__problem">
          Your saved views could not be read in this browser. The built-in views still work.
        </p>
      ) : saved.views.length === 0 ? (
        <p className="views-panel__note">None yet: save what is on screen below.</p>
      ) : null}
      {saved.views.length > 0 ? (
        <ul className="views-panel__list" aria-labelledby={savedId}>
          {saved.views.map((view) =>
            renaming === view.id ? (
              <li key={view.id} className="views-panel__item">
                <RenameViewField
                  current={view.name}
                  onRename={(name) => {
                    saved.rename(view.id, name);
                    setRenaming(null);
                    setAnnouncement(`Renamed to ${name}.`);
                  }}
                  onCancel={() => setRenaming(null)}
                />
              </li>
            ) : (
              <li key={view.id} className="views-panel__item">
                <ChooseButton name={view.name} onChoose={() => onChoose(view.search)} />
                <ViewLink name={view.name} search={view.search} />
                <Button variant="compact" aria-label={`Rename ${view.name}`} onClick={() => setRenaming(view.id)}>
                  Rename
                </Button>
                <Button
                  variant="compact"
                  aria-label={`Delete ${view.name}`}
                  onClick={() => {
                    saved.remove(view.id);
                    setAnnouncement(`Deleted ${view.name}.`);
                    saveInput.current?.focus();
                  }}
                >
                  Delete
                </Button>
              </li>
            ),
          )}
        </ul>
      ) : null}
      <SaveViewField
        inputRef={saveInput}
        onSave={(name) => {
          saved.save(name, viewSearch(log.state));
          setAnnouncement(`Saved ${name}.`);
        }}
      />
      {saved.unsaved ? (
        <p className="views-panel__problem" role="alert">
          This browser would not keep saved views (storage is blocked or full): the change lasts until the page is
          reloaded.
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}

function ChooseButton({ name, onChoose }: { name: string; onChoose: () => void }) {
  return (
    <button type="button" className="views-panel__choose" onClick={onChoose}>
      {name}
    </button>
  );
}

/** The view's own link, as "Copy link to this view" gives the one on screen. */
function ViewLink({ name, search }: { name: string; search: string }) {
  const link = () => {
    const url = new URL(window.location.href);
    url.search = search;
    return shareLink(url.href, pageConfig());
  };
  return (
    <CopyButton
      className="views-panel__copy"
      text={link}
      copiedMessage="Link copied"
      failedMessage="This browser would not copy the link. Copy it from here:"
      fallback={(url) => <CopyFallbackField value={url} label={`Link to ${name}`} />}
    >
      Copy link<VisuallyHidden> to {name}</VisuallyHidden>
    </CopyButton>
  );
}
