/**
 * A stand-in for a company intranet portal, for the embedding e2e test: one loopback
 * port that serves a portal page framing the call log, and reverse-proxies `/call-log/*`
 * to the app with the prefix STRIPPED (the harder of the two proxy setups), streaming
 * bodies both ways and passing Range through so audio can seek.
 *
 * The portal page is opened as http://localhost:PORT/portal/… while its frame loads
 * http://127.0.0.1:PORT/call-log/…: two origins, as a portal and the app have. It sizes
 * the frame from the app's messages, mirrors the view's address in its own, tells the
 * frame which part of it is in view, and keeps every message it accepted in
 * `window.callLogMessages` for the test to read.
 *
 * Usage: PORTAL_PORT=4276 APP_PORT=4277 node e2e/support/portal-server.mjs
 */
import { createServer, request } from 'node:http';

const PORT = Number(process.env.PORTAL_PORT);
const APP_PORT = Number(process.env.APP_PORT);
if (!Number.isInteger(PORT) || !Number.isInteger(APP_PORT)) {
  throw new Error('Set PORTAL_PORT and APP_PORT.');
}
const PREFIX = '/call-log';
const PORTAL = '/portal/';
const FRAME_ORIGIN = `http://127.0.0.1:${PORT}`;

/** The portal page; a link to `/portal/<view>?<query>` opens that view of the app in the frame. */
function portalPage(url) {
  const view = url.pathname.slice(PORTAL.length);
  const query = new URLSearchParams(url.search);
  query.set('embed', '1');
  const frameSrc = `${FRAME_ORIGIN}${PREFIX}/${view}?${query}`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Intranet portal</title>
<style>body{margin:0;font-family:sans-serif} header{padding:1rem;background:#223;color:#fff} iframe{display:block;width:100%;height:600px;border:0}</style>
</head>
<body>
<header><h1>Intranet portal</h1></header>
<main>
<iframe id="call-log" title="Call log" src="${escapeHtml(frameSrc)}" allow="clipboard-write"></iframe>
</main>
<script>
  window.callLogMessages = [];
  const frame = document.getElementById('call-log');
  // As the README says: the part of the frame in the window, in the frame's pixels.
  function sendViewport() {
    const box = frame.getBoundingClientRect();
    const top = Math.max(0, -box.top);
    const height = Math.max(0, Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0));
    frame.contentWindow.postMessage({ source: 'call-log-host', version: 1, type: 'viewport', top, height }, ${JSON.stringify(FRAME_ORIGIN)});
  }
  frame.addEventListener('load', sendViewport);
  window.addEventListener('scroll', sendViewport, { passive: true });
  window.addEventListener('resize', sendViewport);
  window.addEventListener('message', (event) => {
    // Only the call log's own origin, and only its messages.
    if (event.origin !== ${JSON.stringify(FRAME_ORIGIN)} || event.source !== frame.contentWindow) return;
    const message = event.data;
    if (!message || message.source !== 'call-log' || message.version !== 1) return;
    window.callLogMessages.push({ origin: event.origin, data: message });
    if (message.type === 'resize') {
      frame.style.height = message.height + 'px';
      sendViewport();
    }
    if (message.type === 'location') history.replaceState(null, '', message.publicUrl);
  });
</script>
</body>
</html>`;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);

function proxy(req, res) {
  const rest = req.url.slice(PREFIX.length);
  const path = rest === '' || rest.startsWith('?') ? `/${rest}` : rest;
  const headers = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (!HOP_BY_HOP.has(name) && name !== 'host') headers[name] = value;
  }
  // The app answers only to host names it knows; the browser's Host was the portal's.
  headers.host = `127.0.0.1:${APP_PORT}`;
  headers['x-forwarded-host'] = req.headers.host ?? '';
  headers['x-forwarded-proto'] = 'http';
  headers['x-forwarded-prefix'] = PREFIX;
  const upstream = request({ host: '127.0.0.1', port: APP_PORT, method: req.method, path, headers }, (answer) => {
    const out = {};
    for (const [name, value] of Object.entries(answer.headers)) {
      if (!HOP_BY_HOP.has(name) && value !== undefined) out[name] = value;
    }
    res.writeHead(answer.statusCode ?? 502, out);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('The call log is not reachable.');
  });
  // The browser left: stop the app's work too.
  res.on('close', () => upstream.destroy());
  req.pipe(upstream);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://portal.invalid');
  if (url.pathname === PREFIX || url.pathname.startsWith(`${PREFIX}/`)) return proxy(req, res);
  if (url.pathname.startsWith(PORTAL)) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    return res.end(portalPage(url));
  }
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('Not found.');
});
server.listen(PORT, '127.0.0.1', () => process.stdout.write(`portal on http://localhost:${PORT}${PORTAL}\n`));
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => server.close(() => process.exit(0)));
