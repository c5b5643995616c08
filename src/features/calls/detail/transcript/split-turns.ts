/**
 * A transcript as turns. The upstream sends plain text whose lines start with the
 * speaker (`Caller: …`, `Agent: …`, or a name); a line without such a prefix continues
 * the turn before it, and text before the first prefix is a turn with no speaker.
 * One pass over the lines, so 50,000 characters split in well under a millisecond.
 */

export type SpeakerRole = 'caller' | 'agent' | 'other' | 'none';

export interface Turn {
  /** The speaker as the transcript names them; null for text before any speaker. */
  speaker: string | null;
  role: SpeakerRole;
  text: string;
}

/**
 * `Name:` at the start of a line, followed by a space or the line's end. The usual roles
 * in any case; other names of up to three words that start with a capital, so a
 * sentence such as "so what I mean is: …" does not become a speaker, nor does a time
 * (`10:30`) or an address (`https://…`).
 */
const KNOWN_SPEAKER = /^[ \t]*((?:caller|customer|agent|rep|representative|operator|voice agent|ai agent|ai|assistant|bot|system)(?:[ \t]?[\p{L}\p{N}]{1,3})?)[ \t]*:(?:[ \t]+|$)/iu;
const NAMED_SPEAKER = /^[ \t]*(\p{Lu}[\p{L}\p{N}'’.-]*(?:[ \t][\p{L}\p{N}'’.-]+){0,2})[ \t]*:(?:[ \t]+|$)/u;
const MAX_SPEAKER_LENGTH = 40;

const CALLER = /^(caller|customer|client|prospect|patient)\b/i;
const AGENT = /^(agent|rep|representative|operator|receptionist|voice agent|ai|assistant|bot|system)\b/i;

export function speakerRole(speaker: string | null): SpeakerRole {
  if (speaker === null) return 'none';
  if (CALLER.test(speaker)) return 'caller';
  if (AGENT.test(speaker)) return 'agent';
  return 'other';
}

function speakerOf(line: string): { speaker: string; rest: string } | null {
  const match = KNOWN_SPEAKER.exec(line) ?? NAMED_SPEAKER.exec(line);
  if (match === null) return null;
  const speaker = (match[1] ?? '').trim();
  if (speaker === '' || speaker.length > MAX_SPEAKER_LENGTH) return null;
  return { speaker, rest: line.slice(match[0].length) };
}

export function splitTurns(transcript: string): Turn[] {
  const turns: Turn[] = [];
  let speaker: string | null = null;
  let lines: string[] = [];

  const finish = () => {
    const text = lines.join('\n').replace(/\s+$/, '');
    // A speaker with nothing said is still a turn (the recording may have cut it off);
    // stray blank lines with no speaker are not.
    if (speaker !== null || text.trim() !== '') turns.push({ speaker, role: speakerRole(speaker), text });
  };

  for (const line of transcript.split(/\r\n?|\n/)) {
    const start = speakerOf(line);
    if (start !== null) {
      if (speaker !== null || lines.length > 0) finish();
      speaker = start.speaker;
      lines = [start.rest];
    } else if (lines.length > 0 || line.trim() !== '') {
      lines.push(line);
    }
  }
  if (speaker !== null || lines.length > 0) finish();
  return turns;
}
