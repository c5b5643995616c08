/*
 * Sets the colour scheme before the first paint, so a dark choice never flashes light.
 * A file rather than inline code because the CSP allows no inline script; loaded
 * synchronously from <head> by a relative address, so it works under a path prefix.
 *
 * Which scheme: `?theme=light|dark` for this page load only (a portal can put it in the
 * frame's address; it is not saved), else the reader's choice saved by the theme toggle
 * (src/app/theme), else none: the CSS follows the system setting. Storage throws in
 * sandboxed frames and with site data blocked; then the system setting applies.
 */
/* global document, location, localStorage, URLSearchParams */
(function () {
  var KEY = 'call-log:theme';
  var isScheme = function (value) {
    return value === 'light' || value === 'dark';
  };
  var choice = new URLSearchParams(location.search).get('theme');
  if (!isScheme(choice)) {
    try {
      choice = localStorage.getItem(KEY);
    } catch (_unavailable) {
      choice = null;
    }
  }
  if (isScheme(choice)) document.documentElement.setAttribute('data-theme', choice);
})();
