/**
 * The recording: the player (which renews its expiring link by itself) and the file's
 * technical details. Details without a playable address are still shown.
 */
import { FieldList, shownFields, type Field } from '../../../../components/field-list';
import type { RecordingDetails } from '../../../../contract/call';
import { clockDurationSeconds, formatDuration } from '../../../../lib/format';
import type { TimeZone } from '../../../../lib/time-zone';
import { idOrNull, Moment, textOrNull } from '../display';
import { RecordingPlayer } from '../recording/recording-player';
import { DetailSection } from './detail-section';

export function RecordingSection({
  callId,
  recording,
  timeZone,
}: {
  callId: number;
  recording: RecordingDetails | null | undefined;
  timeZone: TimeZone;
}) {
  if (recording === null || recording === undefined) return null;
  const url = textOrNull(recording.url);
  const length = textOrNull(recording.duration);
  const lengthSeconds = length === null ? null : clockDurationSeconds(length);

  const fields: Field[] = [
    { label: 'Length', value: lengthSeconds === null ? length : formatDuration(lengthSeconds) },
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
  if (url === null && shownFields(fields).length === 0) return null;

  return (
    <DetailSection title="Recording" className="detail-recording">
      {url !== null ? <RecordingPlayer callId={callId} recording={recording} /> : null}
      <FieldList fields={fields} />
    </DetailSection>
  );
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
