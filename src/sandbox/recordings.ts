/**
 * Recording links and audio. A link is signed (HMAC of the call id and the expiry, with
 * a secret that lives only as long as the process) and expires like the upstream's: after
 * `expires_at` it answers 410 with the upstream's exact message, so a player has to
 * re-fetch the call for a fresh link. Audio is served with byte ranges, since browsers
 * seek with `Range` requests.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { recordingLayout, synthesizeRecording } from './audio';
import type { Dataset } from './data/dataset';
import type { RecordingLink } from './data/serialize';
import { deriveTraits } from './data/traits';
import type { SandboxEnv } from './env';
import { sandboxError } from './errors';

export const RECORDING_EXPIRED_MESSAGE = 'Recording URL has expired. Please re-fetch the call to get a fresh link.';

export class RecordingSigner {
  private readonly secret = randomBytes(32);

  constructor(
    private readonly ttlS: number,
    private readonly now: () => Date,
  ) {}

  private sign(callId: number, expires: number): string {
    return createHmac('sha256', this.secret).update(`${callId}:${expires}`).digest('hex');
  }

  link(origin: string, callId: number, fileName: string): RecordingLink {
    // Rounded up, so a link is valid for at least the TTL.
    const expires = Math.ceil(this.now().getTime() / 1000) + this.ttlS;
    const params = new URLSearchParams({ expires: String(expires), file_name: `${fileName}.wav`, signature: this.sign(callId, expires) });
    return { url: `${origin}/v3/recordings/${callId}?${params.toString()}`, expiresAt: expires };
  }

  verify(callId: number, expires: string | undefined, signature: string | undefined): 'ok' | 'invalid' | 'expired' {
    if (expires === undefined || signature === undefined || !/^\d{1,12}$/.test(expires) || !/^[0-9a-f]{64}$/.test(signature)) {
      return 'invalid';
    }
    const expected = Buffer.from(this.sign(callId, Number(expires)), 'hex');
    if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return 'invalid';
    return this.now().getTime() >= Number(expires) * 1000 ? 'expired' : 'ok';
  }
}

/** Recently played recordings: players fetch the same file in many ranges. */
export class AudioCache {
  private readonly entries = new Map<number, Uint8Array<ArrayBuffer>>();

  constructor(private readonly capacity = 24) {}

  get(callId: number, build: () => Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
    let audio = this.entries.get(callId);
    if (audio !== undefined) {
      this.entries.delete(callId);
    } else {
      audio = build();
      if (this.entries.size >= this.capacity) {
        const oldest = this.entries.keys().next();
        if (oldest.done !== true) this.entries.delete(oldest.value);
      }
    }
    this.entries.set(callId, audio);
    return audio;
  }
}

export type ByteRange = { start: number; end: number };

/**
 * Reads a `Range` header for a file of `size` bytes: a range, 'unsatisfiable' (416), or
 * null when it should be ignored (absent, malformed or several ranges: the whole file is sent).
 */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  if (header === undefined) return null;
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (match === null) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (last !== '' && Number(last) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) };
}

export interface RecordingRouteDeps {
  dataset: Dataset;
  signer: RecordingSigner;
  cache: AudioCache;
}

export function recordingRoutes({ dataset, signer, cache }: RecordingRouteDeps): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();
  routes.get('/:id', (c) => {
    const idText = c.req.param('id');
    const callId = /^\d{1,15}$/.test(idText) ? Number(idText) : NaN;
    if (!Number.isSafeInteger(callId)) return sandboxError(c, 404, 'Recording not found');
    const verdict = signer.verify(callId, c.req.query('expires'), c.req.query('signature'));
    if (verdict === 'invalid') return sandboxError(c, 403, 'Recording URL signature is missing or invalid');
    if (verdict === 'expired') return sandboxError(c, 410, RECORDING_EXPIRED_MESSAGE);

    const facts = dataset.getFacts(callId, c.get('now')());
    if (facts === null || !deriveTraits(dataset.seed, facts).hasRecording) return sandboxError(c, 404, 'Recording not found');
    const layout = recordingLayout(facts.duration);
    const headers: Record<string, string> = {
      'content-type': 'audio/wav',
      'accept-ranges': 'bytes',
      'cache-control': 'private, max-age=300',
      'content-disposition': `inline; filename="${(c.req.query('file_name') ?? `${callId}.wav`).replace(/[^\w.-]/g, '_')}"`,
      etag: `"rec-${dataset.seed}-${callId}"`,
    };
    const range = parseRange(c.req.header('range'), layout.bytes);
    if (range === 'unsatisfiable') {
      return sandboxError(c, 416, `Range not satisfiable for a file of ${layout.bytes} bytes`, {
        headers: { 'content-range': `bytes */${layout.bytes}`, 'accept-ranges': 'bytes' },
      });
    }
    const audio = cache.get(callId, () => synthesizeRecording(dataset.seed, callId, facts.duration, facts.disposition === 'VOICEMAIL'));
    if (range === null) {
      return new Response(audio, { status: 200, headers: { ...headers, 'content-length': String(audio.length) } });
    }
    const slice = audio.subarray(range.start, range.end + 1);
    return new Response(slice, {
      status: 206,
      headers: {
        ...headers,
        'content-length': String(slice.length),
        'content-range': `bytes ${range.start}-${range.end}/${audio.length}`,
      },
    });
  });
  return routes;
}
