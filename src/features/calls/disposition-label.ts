import type { Disposition } from '../../contract/vocabulary';

const LABELS: Record<Disposition, string> = {
  ANSWERED: 'Answered',
  'NO ANSWER': 'No answer',
  BUSY: 'Busy',
  FAILED: 'Failed',
  VOICEMAIL: 'Voicemail',
  ABANDONED: 'Abandoned',
  TRANSFERRED: 'Transferred',
};

/** A disposition as people say it; one the upstream adds later is shown in sentence case. */
export function dispositionLabel(disposition: string): string {
  if (Object.hasOwn(LABELS, disposition)) return LABELS[disposition as Disposition];
  const words = disposition.trim().toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
