/**
 * jsdom lays nothing out: it has no ResizeObserver and every element measures 0×0, so
 * recharts' ResponsiveContainer would wait forever for a size and draw nothing. This
 * stands in a ResizeObserver that reports one fixed size for whatever it observes, so
 * the charts draw their bars (and their bars can be clicked) as in a browser.
 */
import { afterEach, beforeEach, vi } from 'vitest';

export function fixChartSize(width = 720, height = 260): void {
  class FixedSizeObserver {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      const contentRect = { width, height, top: 0, left: 0, right: width, bottom: height, x: 0, y: 0 } as DOMRectReadOnly;
      this.callback([{ target, contentRect } as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  }
  beforeEach(() => {
    vi.stubGlobal('ResizeObserver', FixedSizeObserver);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
}
