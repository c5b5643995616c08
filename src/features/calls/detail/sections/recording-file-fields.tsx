/**
 * The recording file's technical details (format, size, sample rate, bitrate, channels,
 * name, id) and its signed link, for the drawer's technical details.
 */
import type { Field } from '../../../../components/field-list';
import type { RecordingDetails } from '../../../../contract/call';
import type { TimeZone } from '../../../../lib/time-zone';
import { idOrNull, Moment, textOrNull } from '../display';

export function recordingFileFields(recording: RecordingDetails | null | undefined, timeZone: TimeZone): Field[] {
  if (recording === null || recording === undefined) return [];
  const url = textOrNull(recording.url);
  return [
    { label: 'Format', value: textOrNull(recording.format) },
    { label: 'Size', value: textOrNull(recording.size) },
    { label: 'Sample rate', value: textOrNull(recording.frequency) },
    { label: 'Bitrate', value: textOrNull(recording.bitrate) },
    { label: 'Channels', value: textOrNull(recording.channel_layout) },
    { label: 'File name', value: textOrNull(recording.filename) },
    { label: 'Recording id', value: idOrNull(recording.recording_id) },
    {
      label: 'Signed link',
      value: url === null ? null : <SignedLink url={url} expiresAt={recording.expires_at} timeZone={timeZone} />,
    },
  ];
}

/**
 * Where the file lives and until when its signed link works. The signature (the query
 * string) is a bearer credential for the recording, so it is not printed on screen or
 * paper; hovering shows the full address. Playing and downloading go through the player.
 */
function SignedLink({
  url,
  expiresAt,
  timeZone,
}: {
  url: string;
  expiresAt: number | null | undefined;
  timeZone: TimeZone;
}) {
  const expiry = typeof expiresAt === 'number' && Number.isFinite(expiresAt) ? new Date(expiresAt * 1000) : null;
  const valid = expiry === null || Number.isNaN(expiry.getTime()) ? null : expiry;
  return (
    <>
      <span className="detail-signed-link" title={url}>
        {withoutSignature(url)}
      </span>
      {valid !== null ? (
        <span className="detail-secondary">
          {' (expires '}
          <Moment iso={valid.toISOString()} timeZone={timeZone} />)
        </span>
      ) : null}
    </>
  );
}

/** `https://host/path?secret=…` → `host/path?…`. */
export function withoutSignature(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}${parsed.search === '' ? '' : '?…'}`;
  } catch {
    return url.replace(/\?.*$/, '?…');
  }
}
