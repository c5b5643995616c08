import { afterEach, describe, expect, it } from 'vitest';
import { followParentViewport, FRAME_VISIBLE_HEIGHT, FRAME_VISIBLE_TOP } from './frame-viewport';

const PORTAL = 'https://intranet.example.com';
const viewport = (top: unknown, height: unknown) => ({ source: 'call-log-host', version: 1, type: 'viewport', top, height });

/** jsdom's window is its own parent, as a top-level page's is; stands in for the frame here. */
function post(data: unknown, { origin = PORTAL, source = window.parent as MessageEventSource | null } = {}) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

const shown = (root: HTMLElement) => ({
  top: root.style.getPropertyValue(FRAME_VISIBLE_TOP),
  height: root.style.getPropertyValue(FRAME_VISIBLE_HEIGHT),
});

describe('followParentViewport', () => {
  const root = document.createElement('html');
  let stop = () => {};
  afterEach(() => {
    stop();
    document.body.replaceChildren();
  });

  it("shows the parent's viewport messages as custom properties, and removes them when stopped", () => {
    stop = followParentViewport(window, PORTAL, root);
    expect(shown(root)).toEqual({ top: '', height: '' });

    post(viewport(1480.5, 720));
    expect(shown(root)).toEqual({ top: '1480.5px', height: '720px' });
    post(viewport(0, 312));
    expect(shown(root)).toEqual({ top: '0px', height: '312px' });

    stop();
    expect(shown(root)).toEqual({ top: '', height: '' });
    post(viewport(900, 720));
    expect(shown(root)).toEqual({ top: '', height: '' });
  });

  it('ignores a message from another origin, even sent by the parent window', () => {
    stop = followParentViewport(window, PORTAL, root);
    post(viewport(1480, 720), { origin: 'https://evil.example.com' });
    post(viewport(1480, 720), { origin: 'https://intranet.example.com:8443' });
    post(viewport(1480, 720), { origin: 'null' });
    expect(shown(root)).toEqual({ top: '', height: '' });
  });

  it('ignores a message from any window but the parent, even from the allowed origin', () => {
    const other = document.createElement('iframe');
    document.body.append(other);
    stop = followParentViewport(window, PORTAL, root);
    post(viewport(1480, 720), { source: other.contentWindow });
    post(viewport(1480, 720), { source: null });
    expect(shown(root)).toEqual({ top: '', height: '' });
  });

  it('ignores messages of the wrong shape and keeps the last good viewport', () => {
    stop = followParentViewport(window, PORTAL, root);
    post(viewport(200, 600));
    const bad: unknown[] = [
      null,
      'viewport',
      { ...viewport(10, 10), source: 'call-log' }, // the app's own kind of message
      { ...viewport(10, 10), version: 2 },
      { ...viewport(10, 10), type: 'resize' },
      { source: 'call-log-host', version: 1, type: 'viewport', top: 10 },
      viewport('10', 10),
      viewport(10, '10px'),
      viewport(-1, 10),
      viewport(10, -0.5),
      viewport(Number.NaN, 10),
      viewport(10, Number.POSITIVE_INFINITY),
      viewport(5_000_000, 10),
      viewport(10, null),
    ];
    for (const data of bad) post(data);
    expect(shown(root)).toEqual({ top: '200px', height: '600px' });
  });
});
