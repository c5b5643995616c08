import { act, render } from '@testing-library/react';
import { useNavigate, BrowserRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParentMessage } from './messages';
import { allowedParent, watchHeight, type FramedWindow, type HeightScheduler } from './parent-bridge';
import { useParentBridge } from './use-parent-bridge';

/** A ResizeObserver and animation frames the test fires by hand. */
function manualScheduler() {
  let onResize: (() => void) | null = null;
  const frames: (() => void)[] = [];
  const scheduler: HeightScheduler = {
    observe: (_element, callback) => {
      onResize = callback;
      return () => {
        onResize = null;
      };
    },
    nextFrame: (callback) => {
      frames.push(callback);
      return () => frames.splice(frames.indexOf(callback), 1);
    },
  };
  return {
    scheduler,
    resize: () => onResize?.(),
    runFrames: () => frames.splice(0).forEach((f) => f()),
    pendingFrames: () => frames.length,
  };
}

function elementOfHeight(initial: number) {
  let height = initial;
  const element = document.createElement('div');
  element.getBoundingClientRect = () => ({ height }) as DOMRect;
  return { element, setHeight: (h: number) => (height = h) };
}

describe('watchHeight', () => {
  it('reports a change once per frame however many resizes it saw, and nothing when the height is the same', () => {
    const { scheduler, resize, runFrames, pendingFrames } = manualScheduler();
    const { element, setHeight } = elementOfHeight(500.2);
    const report = vi.fn();
    const stop = watchHeight(element, report, scheduler);

    resize();
    resize();
    resize();
    expect(pendingFrames()).toBe(1);
    runFrames();
    expect(report.mock.calls).toEqual([[501]]);

    resize();
    runFrames();
    expect(report).toHaveBeenCalledTimes(1); // same height: nothing to tell

    setHeight(320);
    resize();
    runFrames();
    expect(report.mock.calls).toEqual([[501], [320]]);

    setHeight(900);
    resize();
    stop();
    runFrames();
    expect(report).toHaveBeenCalledTimes(2);
  });
});

describe('allowedParent', () => {
  const framed = (parentOrigin: string, selfOrigin = 'http://127.0.0.1:4276'): FramedWindow & { sent: [unknown, string][] } => {
    const sent: [unknown, string][] = [];
    return {
      sent,
      parent: { postMessage: (message, targetOrigin) => sent.push([message, targetOrigin]) },
      location: { origin: selfOrigin, ancestorOrigins: [parentOrigin] },
      document: { referrer: '' },
    };
  };

  it("posts to the parent's exact origin when the frame ancestors allow it", () => {
    const frame = framed('http://localhost:4276');
    const target = allowedParent(frame, ['http://localhost:4276']);
    expect(target?.origin).toBe('http://localhost:4276');
    target?.post({ source: 'call-log', version: 1, type: 'resize', height: 10 });
    expect(frame.sent).toEqual([[{ source: 'call-log', version: 1, type: 'resize', height: 10 }, 'http://localhost:4276']]);
  });

  it('has nobody to post to when the parent is not allowed, unknown, or the app is not framed', () => {
    expect(allowedParent(framed('https://evil.test'), ['http://localhost:4276', "'self'"])).toBeNull();
    expect(allowedParent(framed('http://localhost:4276'), ["'none'"])).toBeNull();
    expect(allowedParent({ ...framed(''), location: { origin: 'http://127.0.0.1:4276' } }, ["'self'"])).toBeNull();
    const top = { location: { origin: 'http://a.test' }, document: { referrer: '' } } as FramedWindow;
    (top as { parent: unknown }).parent = top;
    expect(allowedParent(top, ["'self'"])).toBeNull();
  });
});

describe('useParentBridge', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  function Bridge({ target, config }: { target: Parameters<typeof useParentBridge>[0]; config: Parameters<typeof useParentBridge>[1] }) {
    useParentBridge(target, config, manualScheduler().scheduler);
    const navigate = useNavigate();
    return (
      <>
        <button onClick={() => void navigate('/?range=30d&embed=1&call=7')}>open</button>
        <button onClick={() => void navigate('/?range=30d&embed=1')}>close</button>
      </>
    );
  }

  it('posts the address on load and on every change of query, with the link to share', async () => {
    window.history.replaceState(null, '', '/call-log/?range=30d&embed=1');
    const messages: ParentMessage[] = [];
    const target = { origin: 'http://localhost:4276', post: (m: ParentMessage) => messages.push(m) };
    const config = { basePath: '/call-log/', publicUrl: 'http://localhost:4276/portal/' };
    const { getByText } = render(
      <BrowserRouter basename="/call-log/">
        <Bridge target={target} config={config} />
      </BrowserRouter>,
    );
    const origin = window.location.origin;
    expect(messages).toEqual([
      { source: 'call-log', version: 1, type: 'location', url: `${origin}/call-log/?range=30d&embed=1`, publicUrl: 'http://localhost:4276/portal/?range=30d' },
    ]);

    await act(async () => getByText('open').click());
    await act(async () => getByText('close').click());
    expect(messages.slice(1)).toEqual([
      {
        source: 'call-log',
        version: 1,
        type: 'location',
        url: `${origin}/call-log/?range=30d&embed=1&call=7`,
        publicUrl: 'http://localhost:4276/portal/?range=30d&call=7',
      },
      { source: 'call-log', version: 1, type: 'location', url: `${origin}/call-log/?range=30d&embed=1`, publicUrl: 'http://localhost:4276/portal/?range=30d' },
    ]);
  });

  it('follows the viewport the allowed parent reports, while mounted', () => {
    window.history.replaceState(null, '', '/?embed=1');
    const target = { origin: 'http://localhost:4276', post: () => {} };
    const root = document.documentElement;
    const report = (origin: string) =>
      window.dispatchEvent(
        new MessageEvent('message', {
          origin,
          source: window.parent,
          data: { source: 'call-log-host', version: 1, type: 'viewport', top: 1200, height: 700 },
        }),
      );
    const { unmount } = render(
      <BrowserRouter>
        <Bridge target={target} config={{ basePath: '/', publicUrl: null }} />
      </BrowserRouter>,
    );
    report('http://127.0.0.1:4276');
    expect(root.style.getPropertyValue('--frame-visible-top')).toBe('');
    report('http://localhost:4276');
    expect(root.style.getPropertyValue('--frame-visible-top')).toBe('1200px');
    expect(root.style.getPropertyValue('--frame-visible-height')).toBe('700px');
    unmount();
    expect(root.style.getPropertyValue('--frame-visible-top')).toBe('');
    expect(root.style.getPropertyValue('--frame-visible-height')).toBe('');
  });

  it('posts nothing without an allowed parent', () => {
    window.history.replaceState(null, '', '/?range=30d');
    const { getByText } = render(
      <BrowserRouter>
        <Bridge target={null} config={{ basePath: '/', publicUrl: null }} />
      </BrowserRouter>,
    );
    expect(() => getByText('open').click()).not.toThrow();
  });
});
