/** The saved views as state: read once from storage, written back on every change. */
import { useState } from 'react';
import { readSavedViews, writeSavedViews, type SavedView } from './saved-views-store';

export interface SavedViews {
  views: SavedView[];
  /** What was stored could not be read (blocked storage, or a record this version cannot use). */
  unreadable: boolean;
  /** The last change could not be stored: it lasts until the page is reloaded. */
  unsaved: boolean;
  save(name: string, search: string): void;
  rename(id: string, name: string): void;
  remove(id: string): void;
}

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export function useSavedViews(): SavedViews {
  const [read] = useState(readSavedViews);
  const [views, setViews] = useState(read.views);
  const [unsaved, setUnsaved] = useState(false);
  const change = (next: SavedView[]) => {
    setViews(next);
    setUnsaved(!writeSavedViews(next));
  };
  return {
    views,
    unreadable: !read.ok,
    unsaved,
    save: (name, search) => change([...views, { id: newId(), name, search }]),
    rename: (id, name) => change(views.map((view) => (view.id === id ? { ...view, name } : view))),
    remove: (id) => change(views.filter((view) => view.id !== id)),
  };
}
