/**
 * `/api/calls/:id/recording`: the call's audio through the proxy, for portals whose
 * network blocks the upstream's recording host. The browser asks for byte ranges as it
 * seeks; each is forwarded to a fresh signed URL, and a link that expired meanwhile is
 * renewed once and the range asked again. No credential is ever sent to the recording
 * host: the signed URL is its own authorisation.
 */
import { Hono } from 'hono';
import { ApiHttpError, badCallId } from '../http/api-error';
import type { AppEnv } from '../http/app-env';
import { isAllowedOrigin } from '../upstream/origin-allowlist';
import { ClientGoneError } from '../http/client-gone';
import type { Services } from '../services';

const PASSED_HEADERS = ['content-type', 'content-length', 'content-range', 'accept-ranges', 'last-modified', 'etag'];
/** An audio media type, with parameters or none. */
const AUDIO_TYPE = /^audio\/[\w.+-]+\s*(;|$)/i;
/** File extensions of the audio types recording hosts send, for a name without one. */
const AUDIO_EXTENSIONS: Record<string, string> = {
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/mpeg': 'mp3',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
  'audio/webm': 'webm',
};
/** The upstream's answers that mean "this link no longer works". */
const EXPIRED = new Set([401, 403, 410]);

export function recordingRoutes({ within, config }: Services): Hono<AppEnv> {
  const { recordingOrigins: allowedOrigins, upstreamTimeoutMs: timeoutMs } = config;
  const routes = new Hono<AppEnv>();

  routes.on(['GET', 'HEAD'], '/:id{[0-9]+}/recording', async (c) => {
    const raw = c.req.param('id');
    // The route takes digits only; a call id is also positive and within a safe integer.
    if (!/^[1-9]\d{0,15}$/.test(raw)) throw badCallId();
    const callId = Number(raw);
    const range = c.req.header('range');
    const signal = c.req.raw.signal;
    const links = within(c.get('orgUnits')).recordingLinks;

    const fetchAudio = async (fresh: boolean) => {
      const link = await links.get(callId, { fresh });
      if (!isAllowedOrigin(link.url, allowedOrigins)) {
        throw new ApiHttpError(
          502,
          'upstream_error',
          'The recording is hosted on an address the dashboard is not configured to use (RECORDING_ORIGINS).',
        );
      }
      return { link, response: await fetchWithTimeout(link.url, c.req.method, range, signal, timeoutMs) };
    };

    let { link, response } = await fetchAudio(false);
    if (EXPIRED.has(response.status)) {
      await response.body?.cancel();
      ({ link, response } = await fetchAudio(true));
    }
    if (response.status === 416) {
      const headers = pick(response.headers, ['content-range']);
      headers.set('x-content-type-options', 'nosniff');
      return new Response(null, { status: 416, headers });
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new ApiHttpError(502, 'upstream_error', `The recording could not be fetched (Convirza answered ${response.status}).`);
    }
    // Served from our origin, anything but audio (a recording host's HTML error page, a
    // script) would run as our own page: only audio goes through.
    const type = response.headers.get('content-type') ?? '';
    if (!AUDIO_TYPE.test(type)) {
      await response.body?.cancel();
      throw new ApiHttpError(502, 'upstream_error', 'The recording host sent something other than audio. Try again later.');
    }

    const headers = pick(response.headers, PASSED_HEADERS);
    headers.set('x-content-type-options', 'nosniff');
    const disposition = c.req.query('download') !== undefined ? 'attachment' : 'inline';
    headers.set('content-disposition', `${disposition}; filename="call-${callId}${extensionOf(link, type)}"`);
    return new Response(c.req.method === 'HEAD' ? null : response.body, { status: response.status, headers });
  });

  return routes;
}

async function fetchWithTimeout(
  url: string,
  method: string,
  range: string | undefined,
  clientSignal: AbortSignal,
  timeoutMs: number,
): Promise<Response> {
  // The timeout covers the wait for headers only; the body streams as long as the browser
  // reads. Once it streams, a browser going away cancels the body through the response
  // (the Node server cancels its reader); aborting it here as well would make that an
  // error the server prints.
  const controller = new AbortController();
  const onClientGone = () => controller.abort();
  clientSignal.addEventListener('abort', onClientGone, { once: true });
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetch(url, {
      method,
      headers: range ? { range } : {},
      signal: controller.signal,
      redirect: 'error',
    });
  } catch {
    if (clientSignal.aborted) throw new ClientGoneError('the browser closed the request');
    throw new ApiHttpError(
      controller.signal.aborted ? 504 : 502,
      controller.signal.aborted ? 'upstream_timeout' : 'upstream_unavailable',
      'The recording could not be reached. Try again in a moment.',
    );
  } finally {
    clearTimeout(timer);
    clientSignal.removeEventListener('abort', onClientGone);
  }
}

function pick(from: Headers, names: readonly string[]): Headers {
  const headers = new Headers();
  for (const name of names) {
    const value = from.get(name);
    if (value !== null) headers.set(name, value);
  }
  return headers;
}

/** `.wav`, from the link's name, its format or the audio type; only letters and digits, so the name stays safe. */
function extensionOf(link: { url: string; format?: string }, type: string): string {
  const fromName = /\.(wav|mp3|ogg|m4a|webm)(?:$|[?#&])/i.exec(link.url)?.[1];
  const fromType = AUDIO_EXTENSIONS[type.split(';')[0]?.trim().toLowerCase() ?? ''];
  const ext = (fromName ?? link.format ?? fromType ?? '').toLowerCase();
  return /^[a-z0-9]{1,5}$/.test(ext) ? `.${ext}` : '';
}
