/**
 * What every browser bench installs in the page before the app: a way to learn when the
 * frame that shows a DOM change has been painted.
 */
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    /** Calls back with `performance.now()` once the frame holding the current DOM is painted. */
    afterNextPaint(callback: (now: number) => void): void;
  }
}

function installAfterNextPaint(): void {
  window.afterNextPaint = (callback) => {
    // The frame is painted after this animation frame's callbacks; a message posted
    // from one arrives after that paint.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    });
  };
}

/** Call before `page.goto`. */
export async function preparePage(page: Page): Promise<void> {
  // tsx keeps function names by wrapping them in `__name(…)`, which the page lacks.
  await page.addInitScript('globalThis.__name ??= (fn) => fn;');
  await page.addInitScript(installAfterNextPaint);
}
