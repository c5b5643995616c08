/**
 * What every browser bench installs in the page before the app: a timer from a user's
 * input to the painted frame that shows its effect.
 */
import type { Page } from '@playwright/test';

type Trigger = 'click' | 'keydown';

declare global {
  interface Window {
    /** Calls back with `performance.now()` once the frame holding the current DOM is painted. */
    afterNextPaint(callback: (now: number) => void): void;
    /**
     * One measurement at a time: `arm` before the input (a click, or Enter pressed), with
     * `shown` saying whether the DOM now shows its effect (checked on every change after
     * the input); `result` is the time from the input event to that frame painted.
     */
    paintTimer: {
      arm(trigger: Trigger, shown: () => boolean, timeoutMs: number): void;
      result(): Promise<number>;
    };
  }
}

function installPaintTimer(): void {
  window.afterNextPaint = (callback) => {
    // The frame is painted after this animation frame's callbacks; a message posted
    // from one arrives after that paint.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    });
  };

  let pending: Promise<number> = Promise.reject(new Error('not armed'));
  pending.catch(() => {});
  window.paintTimer = {
    arm(trigger, shown, timeoutMs) {
      let startedAt: number | null = null;
      const onInput = (event: Event) => {
        if (startedAt !== null) return;
        if (trigger === 'keydown' && (event as KeyboardEvent).key !== 'Enter') return;
        startedAt = event.timeStamp;
      };
      document.addEventListener(trigger, onInput, true);
      pending = new Promise((resolve, reject) => {
        const observer = new MutationObserver(() => {
          if (startedAt === null || !shown()) return;
          finish();
          const from = startedAt;
          window.afterNextPaint((paintedAt) => resolve(paintedAt - from));
        });
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`nothing shown within ${timeoutMs} ms of the ${trigger}`));
        }, timeoutMs);
        const finish = () => {
          observer.disconnect();
          clearTimeout(timer);
          document.removeEventListener(trigger, onInput, true);
        };
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    },
    result: () => pending,
  };
}

/** Call before `page.goto`. */
export async function preparePage(page: Page): Promise<void> {
  // tsx keeps function names by wrapping them in `__name(…)`, which the page lacks.
  await page.addInitScript('globalThis.__name ??= (fn) => fn;');
  await page.addInitScript(installPaintTimer);
}
