/**
 * Keeps the parent window told of the app's height and address while the app is framed,
 * and follows the part of the frame the parent reports as visible.
 */
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import type { PageConfig } from '../../contract/page-config';
import { shareLink } from '../../lib/share-link';
import { followParentViewport } from './frame-viewport';
import { locationMessage, resizeMessage } from './messages';
import type { HeightScheduler, ParentTarget } from './parent-bridge';
import { watchHeight } from './parent-bridge';

export function useParentBridge(
  target: ParentTarget | null,
  config: Pick<PageConfig, 'basePath' | 'publicUrl'>,
  scheduler?: HeightScheduler,
): void {
  const { pathname, search } = useLocation();

  // Listening before the first resize goes out: a portal answers it with the viewport.
  useEffect(() => {
    if (target === null) return;
    return followParentViewport(window, target.origin, document.documentElement);
  }, [target]);

  useEffect(() => {
    if (target === null) return;
    // The root element's height is the content's: nothing in the page stretches it to the frame.
    return watchHeight(document.documentElement, (height) => target.post(resizeMessage(height)), scheduler);
  }, [target, scheduler]);

  useEffect(() => {
    if (target === null) return;
    const url = window.location.href;
    target.post(locationMessage(url, shareLink(url, config)));
  }, [target, config, pathname, search]);
}
