/**
 * Playable call audio without shipping audio files: an 8 kHz, 16-bit mono WAV (telephone
 * quality) in which two "speakers" take turns. Each syllable is a burst of a voiced
 * tone (a pitch with harmonics shaped by two vowel-like formants) under a soft envelope,
 * separated by short gaps, with longer pauses between turns. It is not speech, but a
 * player, a waveform and a seek bar behave exactly as with a real recording.
 */
import { rngFor, type Rng } from './data/random';

export const SAMPLE_RATE = 8000;
export const BITS_PER_SAMPLE = 16;
const WAV_HEADER_BYTES = 44;
/** A recording is the first minute of the call at most (keeps files small) and at least 5 s. */
const MAX_SECONDS = 60;
const MIN_SECONDS = 5;

export interface RecordingLayout {
  seconds: number;
  sampleRate: number;
  bitsPerSample: number;
  samples: number;
  bytes: number;
  /** `HH:MM:SS.ss`, as the upstream writes it. */
  durationText: string;
  /** Kibibytes, written like the upstream's `39009kB`. */
  sizeText: string;
}

/** The size and length of a call's recording, known without generating it. */
export function recordingLayout(callDurationS: number): RecordingLayout {
  const seconds = Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, Math.round(callDurationS)));
  const samples = seconds * SAMPLE_RATE;
  const bytes = WAV_HEADER_BYTES + samples * (BITS_PER_SAMPLE / 8);
  const hh = Math.floor(seconds / 3600);
  const mm = Math.floor((seconds % 3600) / 60);
  const ss = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    seconds,
    sampleRate: SAMPLE_RATE,
    bitsPerSample: BITS_PER_SAMPLE,
    samples,
    bytes,
    durationText: `${pad(hh)}:${pad(mm)}:${pad(ss)}.00`,
    sizeText: `${Math.round(bytes / 1024)}kB`,
  };
}

/** Writes the 44-byte RIFF/WAVE header of a PCM file. */
function writeWavHeader(view: DataView, samples: number): void {
  const dataBytes = samples * 2;
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // PCM fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, SAMPLE_RATE, true);
  view.setUint32(28, SAMPLE_RATE * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, BITS_PER_SAMPLE, true);
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
}

const TABLE_SIZE = 256;
const NYQUIST_GUARD_HZ = 3400;
const ATTACK_SAMPLES = 0.02 * SAMPLE_RATE;

/** One pitch period of a vowel-ish sound: harmonics weighted by two formant peaks. */
function vowelTable(f0: number, f1: number, f2: number): Float32Array {
  const table = new Float32Array(TABLE_SIZE);
  const harmonics = Math.max(1, Math.floor(NYQUIST_GUARD_HZ / f0));
  for (let k = 1; k <= harmonics; k++) {
    const f = k * f0;
    const weight =
      (Math.exp(-(((f - f1) / 130) ** 2)) + 0.7 * Math.exp(-(((f - f2) / 200) ** 2)) + 0.06) / k ** 0.6;
    const step = (2 * Math.PI * k) / TABLE_SIZE;
    for (let i = 0; i < TABLE_SIZE; i++) table[i] = (table[i] as number) + weight * Math.sin(step * i);
  }
  let peak = 0;
  for (let i = 0; i < TABLE_SIZE; i++) peak = Math.max(peak, Math.abs(table[i] as number));
  if (peak > 0) for (let i = 0; i < TABLE_SIZE; i++) table[i] = (table[i] as number) / peak;
  return table;
}

interface Voice {
  f0: number;
  gain: number;
}

function syllable(out: Float32Array, startSample: number, lengthSamples: number, voice: Voice, rng: Rng): void {
  const f0Start = voice.f0 * (1 + 0.06 * rng.normal());
  const f0End = f0Start * rng.between(0.88, 1.08);
  const table = vowelTable((f0Start + f0End) / 2, rng.between(300, 850), rng.between(900, 2300));
  const end = Math.min(out.length, startSample + lengthSamples);
  let phase = rng.next();
  const consonant = rng.chance(0.4) ? Math.floor(rng.between(0.012, 0.03) * SAMPLE_RATE) : 0;
  for (let n = startSample; n < end; n++) {
    const u = (n - startSample) / lengthSamples;
    const f0 = f0Start + (f0End - f0Start) * u;
    phase += f0 / SAMPLE_RATE;
    phase -= Math.floor(phase);
    const pos = phase * TABLE_SIZE;
    const i0 = Math.floor(pos);
    const frac = pos - i0;
    const a = table[i0] as number;
    const b = table[(i0 + 1) % TABLE_SIZE] as number;
    // Fast rise, slower fall: how a syllable's loudness moves.
    const k = n - startSample;
    const rise = Math.min(1, k / ATTACK_SAMPLES);
    const fall = u > 0.6 ? 0.5 * (1 + Math.cos((Math.PI * (u - 0.6)) / 0.4)) : 1;
    const envelope = (0.5 - 0.5 * Math.cos(Math.PI * rise)) * fall;
    let sample = (a + (b - a) * frac) * envelope * voice.gain;
    if (k < consonant) sample += (rng.next() * 2 - 1) * 0.12 * (1 - k / consonant);
    out[n] = (out[n] as number) + sample;
  }
}

function beep(out: Float32Array, startSample: number, seconds: number, hz: number): void {
  const end = Math.min(out.length, startSample + Math.floor(seconds * SAMPLE_RATE));
  for (let n = startSample; n < end; n++) out[n] = (out[n] as number) + 0.3 * Math.sin((2 * Math.PI * hz * (n - startSample)) / SAMPLE_RATE);
}

/** Two speakers taking turns (or one, after a beep, for a voicemail). Same call, same bytes. */
export function synthesizeRecording(
  seed: number,
  callId: number,
  callDurationS: number,
  voicemail: boolean,
): Uint8Array<ArrayBuffer> {
  const layout = recordingLayout(callDurationS);
  const rng = rngFor(seed, 'audio', callId);
  const pcm = new Float32Array(layout.samples);
  const high: Voice = { f0: rng.between(185, 235), gain: 0.34 };
  const low: Voice = { f0: rng.between(100, 135), gain: 0.4 };
  const agentFirst = rng.chance(0.5);
  const voices: Voice[] = agentFirst ? [high, low] : [low, high];

  let t = rng.between(0.2, 0.5);
  if (voicemail) {
    beep(pcm, Math.floor(t * SAMPLE_RATE), 0.35, 1000);
    t += 0.7;
  }
  const total = layout.seconds - 0.3;
  let turn = 0;
  while (t < total) {
    const voice = voicemail ? (voices[1] as Voice) : (voices[turn % 2] as Voice);
    const turnEnd = Math.min(total, t + rng.between(1.2, 4.5));
    while (t < turnEnd) {
      const length = rng.between(0.09, 0.24);
      syllable(pcm, Math.floor(t * SAMPLE_RATE), Math.floor(length * SAMPLE_RATE), voice, rng);
      t += length + (rng.chance(0.18) ? rng.between(0.12, 0.3) : rng.between(0.02, 0.08));
    }
    t += rng.between(0.25, 0.8);
    turn += 1;
  }

  const file = new ArrayBuffer(layout.bytes);
  const view = new DataView(file);
  writeWavHeader(view, layout.samples);
  for (let n = 0; n < layout.samples; n++) {
    // A little line hiss so silences sound like an open line rather than a dead one.
    const value = (pcm[n] as number) + (rng.next() * 2 - 1) * 0.004;
    view.setInt16(WAV_HEADER_BYTES + n * 2, Math.max(-32768, Math.min(32767, Math.round(value * 32767))), true);
  }
  return new Uint8Array(file);
}
