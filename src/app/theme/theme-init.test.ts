// @vitest-environment jsdom
/**
 * public/theme-init.js, run as the browser runs it (a classic script in <head>): it must
 * pick the scheme from the address or storage, and never throw where storage does.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import script from '../../../public/theme-init.js?raw';
import { THEME_STORAGE_KEY } from './theme-choice';

const runThemeInit = () => window.eval(script);
const root = document.documentElement;

function storageThatThrows() {
  // In a sandboxed frame even reading `window.localStorage` throws.
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('The document is sandboxed and lacks the "allow-same-origin" flag.', 'SecurityError');
  });
}

beforeEach(() => {
  delete root.dataset.theme;
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('theme-init.js', () => {
  it('leaves the scheme to the system when nothing was chosen', () => {
    runThemeInit();
    expect(root.dataset.theme).toBeUndefined();
  });

  it('applies the choice the theme toggle saved', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    runThemeInit();
    expect(root.dataset.theme).toBe('dark');
  });

  it('lets ?theme= win over the saved choice, without saving it', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    window.history.replaceState(null, '', '/?range=7d&theme=light');
    runThemeInit();
    expect(root.dataset.theme).toBe('light');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
  });

  it('ignores values that are not a scheme, in the address and in storage', () => {
    localStorage.setItem(THEME_STORAGE_KEY, '"><script>');
    window.history.replaceState(null, '', '/?theme=purple');
    runThemeInit();
    expect(root.dataset.theme).toBeUndefined();
  });

  it('follows the system where storage throws, and still honours ?theme=', () => {
    storageThatThrows();
    expect(runThemeInit).not.toThrow();
    expect(root.dataset.theme).toBeUndefined();

    window.history.replaceState(null, '', '/?theme=dark');
    runThemeInit();
    expect(root.dataset.theme).toBe('dark');
  });
});
