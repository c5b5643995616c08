/**
 * Keeps Tab and Shift+Tab inside a container: from its last focusable element Tab goes
 * to the first, from its first Shift+Tab goes to the last. In between, the browser moves
 * focus as usual, so the order is the document's.
 */

const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'iframe',
  'audio[controls]',
  'video[controls]',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]',
].join(',');

/** The elements Tab can reach inside `container`, in document order. */
export function tabbableIn(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) => element.tabIndex >= 0 && !element.closest('[hidden], [inert]') && isRendered(element),
  );
}

/** Hidden with `display: none` (or inside something that is): not reachable by Tab. */
function isRendered(element: HTMLElement): boolean {
  // Environments without layout (jsdom) lack checkVisibility; there nothing is hidden by CSS.
  if (typeof element.checkVisibility === 'function') return element.checkVisibility();
  return true;
}

/**
 * Handles a Tab keydown for a focus trap around `container`; returns whether it moved
 * focus (and so prevented the browser's own move).
 */
export function trapTabKey(event: KeyboardEvent, container: HTMLElement): boolean {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return false;
  const tabbable = tabbableIn(container);
  const active = document.activeElement;
  const first = tabbable[0];
  const last = tabbable[tabbable.length - 1];

  let target: HTMLElement | undefined;
  if (first === undefined || last === undefined) {
    target = container;
  } else if (active === null || !container.contains(active)) {
    target = event.shiftKey ? last : first;
  } else if (event.shiftKey) {
    // Wrap when nothing focusable comes before the focused element (it may be the first,
    // or a heading focused programmatically at the top).
    const hasBefore = tabbable.some((element) => element !== active && precedes(element, active));
    if (!hasBefore) target = last;
  } else {
    const hasAfter = tabbable.some((element) => element !== active && precedes(active, element));
    if (!hasAfter) target = first;
  }

  if (target === undefined) return false;
  event.preventDefault();
  target.focus();
  return true;
}

function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !a.contains(b);
}
