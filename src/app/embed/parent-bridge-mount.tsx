/** Starts the parent bridge when the app is framed by an allowed ancestor; renders nothing. */
import { useState } from 'react';
import { pageConfig } from '../../lib/page-config';
import { allowedParent } from './parent-bridge';
import { useParentBridge } from './use-parent-bridge';

export default function ParentBridge() {
  const [config] = useState(pageConfig);
  const [target] = useState(() => allowedParent(window, config.frameAncestors));
  useParentBridge(target, config);
  return null;
}
