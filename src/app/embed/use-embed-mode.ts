/**
 * Embed mode, decided once when the page loads (configuration or `?embed=1`): a link
 * that lost the parameter on the way does not bring the app's header back mid-visit.
 */
import { useState } from 'react';
import { pageConfig } from '../../lib/page-config';
import { embedRequested } from '../../lib/embed-param';

export function useEmbedMode(): boolean {
  const [embedded] = useState(() => embedRequested(pageConfig(), window.location.search));
  return embedded;
}
