/**
 * The recording: the player (which renews its expiring link by itself) and how long it
 * is. The file's format and signed link are in the technical details.
 */
import { FieldList, type Field } from '../../../../components/field-list';
import type { RecordingDetails } from '../../../../contract/call';
import { formatDuration } from '../../../../lib/format';
import { clockDurationSeconds } from '../../../../lib/format-extras';
import { textOrNull } from '../display';
import { RecordingPlayer } from '../recording/recording-player';
import { DetailSection } from './detail-section';

export function RecordingSection({
  callId,
  recording,
}: {
  callId: number;
  recording: RecordingDetails | null | undefined;
}) {
  if (recording === null || recording === undefined) return null;
  const url = textOrNull(recording.url);
  const length = textOrNull(recording.duration);
  const lengthSeconds = length === null ? null : clockDurationSeconds(length);

  const fields: Field[] = [
    { label: 'Length', value: lengthSeconds === null ? length : formatDuration(lengthSeconds) },
  ];
  if (url === null && length === null) return null;

  return (
    <DetailSection title="Recording" className="detail-recording">
      {url !== null ? <RecordingPlayer callId={callId} recording={recording} /> : null}
      <FieldList fields={fields} />
    </DetailSection>
  );
}
