/**
 * Everything known about one call, section by section, in the order a manager reviews
 * a call: how it ended, when, how long, who and from which campaign; how it was tagged
 * and what people noted; then what was said (summary, recording, transcript), what the
 * voice agent did, scores and the call's handling; last, collapsed, the technical
 * details (ids, the recording file and its signed link). Each section renders nothing
 * when its data is absent.
 */
import type { Call } from '../../../contract/call';
import { SkeletonLines } from '../../../components/skeleton';
import type { TimeZone } from '../../../lib/time-zone';
import { AiSummarySection } from './sections/ai-summary-section';
import { CallDetailsSection } from './sections/call-details-section';
import { CallFlowSection } from './sections/call-flow-section';
import { CommentsSection } from './sections/comments-section';
import { CustomSourcesSection } from './sections/custom-sources-section';
import { HeaderSection } from './sections/header-section';
import { IndicatorsSection } from './sections/indicators-section';
import { RecordingSection } from './sections/recording-section';
import { TagsSection } from './sections/tags-section';
import { TechnicalDetailsSection } from './sections/technical-details-section';
import { VoiceAgentSection } from './sections/voice-agent-section';
import { TranscriptSection } from './transcript/transcript-section';
import './call-detail.css';

export interface CallDetailContentProps {
  call: Call;
  timeZone: TimeZone;
  /** Only the list's columns are known yet (the full call is loading): header only. */
  partial?: boolean;
}

export function CallDetailContent({ call, timeZone, partial = false }: CallDetailContentProps) {
  return (
    <div className="call-detail">
      <HeaderSection call={call} timeZone={timeZone} />
      {partial ? (
        <div className="call-detail__loading">
          <p className="visually-hidden" role="status">
            Loading the rest of the call…
          </p>
          <SkeletonLines widths={['55%', '70%', '40%', '65%', '50%']} />
        </div>
      ) : (
        <>
          <TagsSection tags={call.tags} timeZone={timeZone} />
          <CommentsSection comments={call.comments} timeZone={timeZone} />
          <AiSummarySection summary={call.summary} />
          <RecordingSection callId={call.call_id} recording={call.recording_details} />
          <TranscriptSection transcription={call.transcription} />
          <VoiceAgentSection data={call.voiceagent_data} timeZone={timeZone} />
          <IndicatorsSection indicators={call.indicators} timeZone={timeZone} />
          <CallDetailsSection detail={call.call_detail} timeZone={timeZone} />
          <CustomSourcesSection sources={call.custom_sources} timeZone={timeZone} />
          <CallFlowSection flow={call.call_flow} />
          <TechnicalDetailsSection call={call} timeZone={timeZone} />
        </>
      )}
    </div>
  );
}
