/**
 * Puts text on the clipboard. The asynchronous Clipboard API needs a secure context (it
 * is missing when the dashboard is served over plain http on a LAN) and may be refused
 * by a permission policy; the older selection-based copy still works in many of those
 * cases. When neither works, the caller shows the text for copying by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (clipboard !== undefined && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused (permissions, document not focused): try the older way below.
    }
  }
  return copyWithSelection(text);
}

function copyWithSelection(text: string): boolean {
  if (typeof document.execCommand !== 'function') return false;
  const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  // Off screen, but in the document so it can be selected; next to the focused element,
  // so a focus trap around it does not pull focus straight back.
  field.style.position = 'fixed';
  field.style.top = '-1000px';
  field.style.opacity = '0';
  (previouslyFocused?.parentElement ?? document.body).append(field);
  try {
    field.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
    previouslyFocused?.focus();
  }
}
