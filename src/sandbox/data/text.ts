/**
 * The heavy text of a record (transcript, summary, agent notes), written from the
 * call's traits only when the record is served. Each comes from its own random stream,
 * so adding a line here never shifts anything else about the call.
 */
import { CHANNEL_BY_ID, type Person } from './catalog';
import type { CallerPerson } from './callers';
import { rngFor, type Rng } from './random';
import type { CallFacts, CallTraits, Outcome } from './traits';

type Speaker = 'Caller' | 'Agent';
type Line = readonly [Speaker, string];

export const BRAND: Record<CallTraits['campaign']['division'], string> = {
  roofing: 'Acme Roofing',
  hvac: 'Acme Heating and Air',
  plumbing: 'Acme Plumbing',
  general: 'Acme Home Services',
};

const HEARD_ABOUT: Record<number, readonly string[]> = {
  1: ['I found you on Google.', 'I just searched online and your website came up.'],
  2: ['I saw your ad on Facebook.', 'A friend shared your post on Facebook.'],
  3: ['I saw your sign on a house down the street.', 'Your ad was in the neighborhood magazine.'],
  4: ['I searched online and your ad came up first.', 'I clicked on your ad on Google.'],
  5: ['We got your postcard in the mail.', 'You sent us a flyer with a coupon.'],
  6: ['I heard your ad on the radio.', 'I heard you on KSL on the way to work.'],
  7: ['My real estate agent recommended you.', 'My neighbor used you and recommended you.'],
  8: ['I saw an ad for you on a news website.'],
  9: ['I found you on Yelp, you had good reviews.', 'I looked you up on Google Maps and saw the reviews.'],
};

/** Exchanges that fit most calls; the second line answers the first. */
const SMALL_TALK: readonly (readonly [Line, Line])[] = [
  [['Agent', 'Is this the best number to reach you at?'], ['Caller', 'Yes, this cell phone is best.']],
  [['Agent', 'Do you have any pets we should know about?'], ['Caller', "We have a dog, but we'll keep him inside."]],
  [['Agent', 'Would you like a text reminder the day before?'], ['Caller', 'Yes, a text would be great.']],
  [['Caller', 'Are you guys licensed and insured?'], ['Agent', 'Yes, fully licensed and insured, and all of our work is warrantied.']],
  [
    ['Caller', 'Roughly what does something like this cost?'],
    ['Agent', 'It depends on what the technician finds, but the diagnostic visit is eighty-nine dollars and that goes toward the repair.'],
  ],
  [['Caller', 'Do you offer any financing?'], ['Agent', 'We do. There are twelve-month same-as-cash options with approved credit.']],
  [['Caller', 'How long does a visit usually take?'], ['Agent', 'Usually about an hour to an hour and a half.']],
  [['Agent', 'Is there a gate code or anything we need to get in?'], ['Caller', 'No, just park in the driveway.']],
  [['Caller', 'Will the technician call before they come?'], ['Agent', "Yes, they'll call about thirty minutes before they arrive."]],
  [['Caller', 'Is there a warranty on the work?'], ['Agent', "Labor is warrantied for one year and parts carry the manufacturer's warranty."]],
  [['Agent', 'Have we been out to your home before?'], ['Caller', "No, this is the first time we've called you."]],
  [['Caller', 'Can you send the invoice by email?'], ['Agent', "Of course, I'll put that in the notes."]],
];

const spoken = (digits: string) => `${digits.slice(1, 4)}-${digits.slice(4, 7)}-${digits.slice(7)}`;

function outcomeLines(outcome: Outcome, traits: CallTraits, caller: CallerPerson): Line[] {
  const a = traits.appointment;
  const when = a === null ? '' : a.dayText === 'today' ? `today between ${a.windowText}` : `${a.dayText}, between ${a.windowText}`;
  switch (outcome) {
    case 'booked':
      return [
        ['Agent', `I have an opening ${when}. Does that work for you?`],
        ['Caller', 'Yes, that works.'],
        ['Agent', `Great, you're all set for ${when}. You'll get a confirmation text shortly.`],
        ['Caller', 'Perfect, thank you so much.'],
      ];
    case 'estimate':
      return [
        ['Agent', `I can have an estimator come out ${when} to take a look and give you a written quote.`],
        ['Caller', 'That works. Is the estimate free?'],
        ['Agent', "Yes, estimates are always free. You're on the schedule."],
        ['Caller', 'Great, thanks.'],
      ];
    case 'quote_emailed':
      return [
        ['Agent', "Based on what you've told me, I'll email you a ballpark quote today."],
        ['Caller', `Sounds good. My email is ${caller.firstName.toLowerCase()}.${caller.lastName.toLowerCase()} at gmail dot com.`],
      ];
    case 'declined':
      return traits.intent === 'quote'
        ? [
            ['Agent', 'For a job like that you would be looking at somewhere in the range we discussed, depending on materials.'],
            ['Caller', "That's more than I was hoping to spend. Let me think about it and call you back."],
          ]
        : [['Agent', 'Thanks for calling.']];
    case 'dispatched':
      return [
        ['Agent', `I'm sending a technician now. They should be there ${when}.`],
        ['Caller', 'Thank you, please hurry.'],
        ['Agent', "They'll call when they're on the way. In the meantime keep the area clear."],
      ];
    case 'resolved':
      return [
        ['Agent', "I see your job here. I've updated the notes and the technician will have that information."],
        ['Caller', "Great, that's all I needed."],
      ];
    case 'rescheduled':
      return [
        ['Agent', `I can move you to ${when}.`],
        ['Caller', "That's better, thanks for working with me."],
      ];
    case 'escalated':
      return [
        ['Agent', "I'm really sorry about that. I'm going to have our service manager call you back today to make this right."],
        ['Caller', "I'd appreciate that. I just want it fixed properly."],
      ];
    case 'application_sent':
      return [
        ['Agent', "I'll text you a link to the financing application. It only takes a few minutes."],
        ['Caller', "Great, I'll fill it out tonight."],
      ];
    case 'callback':
      return [
        ['Agent', 'Let me check with the scheduler and call you back within the hour.'],
        ['Caller', "Okay, that's fine."],
      ];
  }
}

function openerFor(traits: CallTraits, rng: Rng): string {
  const opener = rng.pick(traits.issue.openers);
  switch (traits.intent) {
    case 'quote':
      return `Hi, I'm calling to get a price. Basically ${opener}.`;
    case 'emergency':
      return `Hi, this is kind of an emergency, ${opener}.`;
    case 'existing':
      return `Hi, you were out last month for ${traits.issue.summary} and I had a question about my follow-up appointment.`;
    case 'complaint':
      return `Hi, I'm calling because I'm not happy with the work you did on ${traits.issue.summary}. The problem is back.`;
    case 'financing':
      return `Hi, I saw that you offer financing. We need help with ${traits.issue.summary} and I want to know about payment plans.`;
    default:
      return `Hi, ${opener}.`;
  }
}

function greeting(traits: CallTraits, agent: Person): string {
  const brand = BRAND[traits.campaign.division];
  if (traits.voiceAgent !== null)
    return `Thanks for calling ${brand}. I'm the virtual assistant, and this call is recorded. How can I help?`;
  return `Thank you for calling ${brand}, this is ${agent.firstName}. How can I help you today?`;
}

function render(lines: readonly Line[]): string {
  return lines.map(([speaker, text]) => `${speaker}: ${text}`).join('\n');
}

/** The conversation, or null when nobody talked. Turn count grows with the call's length (6 to 30). */
export function transcriptFor(seed: number, facts: CallFacts, traits: CallTraits, caller: CallerPerson, callerNumber: string): string | null {
  const rng = rngFor(seed, 'text', facts.callId);
  if (facts.disposition === 'VOICEMAIL') {
    const detail = rng.pick(traits.issue.details)[1];
    return render([
      [
        'Caller',
        `Hi, this is ${caller.firstName} ${caller.lastName}. I'm calling about ${traits.issue.summary} at my place in ${caller.city}. ${detail} You can reach me at ${spoken(callerNumber)}. Please call me back when you get a chance. Thanks, bye.`,
      ],
    ]);
  }
  if (!traits.talked || traits.outcome === null) return null;

  const lines: Line[] = [['Agent', greeting(traits, traits.agent)]];
  const brand = BRAND[traits.campaign.division];
  if (traits.intent === 'wrong_number') {
    lines.push(
      ['Caller', rng.pick(["Hi, is this Dr. Morgan's dental office?", 'Hello, is this the county recorder?', 'Is this Pizza Palace?'])],
      ['Agent', `No, I'm sorry, this is ${brand}.`],
      ['Caller', 'Oh, I must have dialed the wrong number. Sorry about that.'],
      ['Agent', 'No problem at all. Have a good day.'],
      ['Caller', 'You too, bye.'],
    );
    return render(lines);
  }
  if (traits.intent === 'spam') {
    lines.push(
      ['Caller', `Hi, this is ${rng.pick(['Kyle', 'Jenna', 'Mike', 'Ashley'])} with Local Business Listings. I'm calling about your Google business profile, it looks like it isn't verified.`],
      ['Agent', 'Is this a sales call?'],
      ['Caller', 'We help businesses like yours rank higher in local search for a small monthly fee.'],
      ['Agent', "We're not interested. Please take us off your list."],
      ['Caller', 'Okay, sorry to bother you.'],
    );
    return render(lines);
  }

  lines.push(
    ['Caller', openerFor(traits, rng)],
    ['Agent', traits.intent === 'complaint' ? "I'm sorry to hear that. Can I get your name and address so I can pull up the job?" : 'I can help with that. Can I get your name and the address of the property?'],
    ['Caller', `Sure, it's ${caller.firstName} ${caller.lastName}, ${caller.streetAddress} in ${caller.city}.`],
  );

  const closing: Line[] = outcomeLines(traits.outcome, traits, caller);
  if (facts.disposition === 'TRANSFERRED') {
    closing.push(
      ['Agent', `Let me transfer you to our ${traits.ringTo.name} so they can help you directly. One moment.`],
      ['Caller', 'Okay, thanks.'],
    );
  } else {
    closing.push(['Agent', 'You are welcome. Have a great day!']);
  }

  const target = Math.max(6, Math.min(30, Math.round(facts.duration / 14)));
  const heard = HEARD_ABOUT[traits.flow.channelId] ?? HEARD_ABOUT[1] ?? ['I found you online.'];
  const middle: (readonly [Line, Line])[] = [
    // An existing customer is past the diagnosis questions.
    ...(traits.intent === 'existing' ? [] : traits.issue.details.map(([q, a]) => [['Agent', q], ['Caller', a]] as const)),
    [['Agent', 'And how did you hear about us?'], ['Caller', rng.pick(heard)]],
    ...rng.sample(SMALL_TALK, SMALL_TALK.length),
  ];
  for (const [question, answer] of middle) {
    if (lines.length + 2 + closing.length > target) break;
    lines.push(question, answer);
  }
  lines.push(...closing);
  return render(lines);
}

function outcomeSentence(traits: CallTraits): string {
  const a = traits.appointment;
  switch (traits.outcome) {
    case 'booked':
      return `Appointment booked for ${a?.dayText ?? 'later this week'} between ${a?.windowText ?? 'the usual hours'}.`;
    case 'estimate':
      return `Free estimate visit scheduled for ${a?.dayText ?? 'later this week'}.`;
    case 'quote_emailed':
      return 'Agent will email a ballpark quote.';
    case 'declined':
      return 'Caller found the price too high and did not book.';
    case 'dispatched':
      return 'Urgent job: a technician was dispatched the same day.';
    case 'resolved':
      return 'Existing customer; question answered, no further action needed.';
    case 'rescheduled':
      return `Existing appointment moved to ${a?.dayText ?? 'a later date'}.`;
    case 'escalated':
      return 'Complaint escalated to the service manager for a same-day callback.';
    case 'application_sent':
      return 'Financing application link sent by text.';
    case 'callback':
      return 'Agent promised a callback to confirm scheduling.';
    default:
      return '';
  }
}

/** The AI summary of a conversation or voicemail; null when nobody spoke. */
export function summaryFor(facts: CallFacts, traits: CallTraits, caller: CallerPerson): string | null {
  if (facts.disposition === 'VOICEMAIL') {
    return `Voicemail from ${caller.firstName} ${caller.lastName} asking for a callback about ${traits.issue.summary}.`;
  }
  if (!traits.talked) return null;
  if (traits.intent === 'spam') return 'Sales solicitation for business listing services; not a lead.';
  if (traits.intent === 'wrong_number') return 'Wrong number; caller was trying to reach another business.';
  const who = traits.intent === 'existing' ? 'Existing customer' : `${caller.firstName} ${caller.lastName}`;
  const transfer = facts.disposition === 'TRANSFERRED' ? ` Transferred to ${traits.ringTo.name}.` : '';
  return `${who} called about ${traits.issue.summary} in ${caller.city}. ${outcomeSentence(traits)}${transfer}`;
}

/** The voice agent's own one-line summary. */
export function voiceAgentSummaryFor(traits: CallTraits): string {
  const booked = traits.appointment !== null;
  return booked
    ? `Customer scheduled service for ${traits.issue.summary}`
    : `Collected details about ${traits.issue.summary}; no appointment booked`;
}

export interface NoteDraft {
  note: string;
  author: Person;
  /** Minutes after the call ended. */
  createdAfterMin: number;
  /** Minutes after creation it was last edited, or null if never edited. */
  editedAfterMin: number | null;
}

function notesFor(facts: CallFacts, traits: CallTraits): readonly string[] {
  const channel = CHANNEL_BY_ID.get(traits.flow.channelId);
  if (facts.disposition === 'VOICEMAIL') return ['Returned call, left voicemail.', 'Called back and scheduled.', 'Voicemail reviewed, needs a callback tomorrow morning.'];
  if (!traits.talked) return ['Called back, no answer.', 'Missed call returned within 10 minutes.', 'Number went to a full mailbox on callback.'];
  switch (traits.intent) {
    case 'spam':
      return ['Spam - business listing solicitation. Number added to block list.'];
    case 'wrong_number':
      return ['Wrong number, no action.'];
    case 'complaint':
      return [`Escalated to service manager. Customer unhappy with ${traits.issue.summary} repair.`, 'Manager called back, revisit scheduled at no charge.'];
    case 'financing':
      return ['Financing link sent; follow up in two days.', 'Customer asked about 12-month same-as-cash.'];
    case 'existing':
      return ['Existing customer - updated job notes.', 'Customer asked about warranty coverage.'];
    default:
      return [
        'Customer asked for pricing details.',
        traits.appointment !== null ? `Booked ${traits.appointment.dayText}, ${traits.appointment.windowText}. Prefers a text before arrival.` : 'Sent ballpark quote by email.',
        'Confirmed address and gate access.',
        'Customer mentioned a competitor quote.',
        `Lead came from ${channel === undefined ? 'an unknown source' : `${channel.category} > ${channel.subCategory}`}.`,
        traits.line === 'roofing' ? 'Needs a two-story ladder crew.' : 'Bring parts for the older model.',
      ];
  }
}

/** Agent notes on the call: most calls have none, some have a few, some were edited later. */
export function commentDraftsFor(seed: number, facts: CallFacts, traits: CallTraits, colleagues: readonly Person[]): NoteDraft[] {
  const rng = rngFor(seed, 'notes', facts.callId);
  const count = traits.talked ? [0, 1, 2, 3][rng.weighted([55, 30, 12, 3])] ?? 0 : rng.chance(0.35) ? 1 : 0;
  const options = notesFor(facts, traits);
  const chosen = rng.sample(options, count);
  let minutes = 0;
  return chosen.map((note) => {
    minutes += rng.int(3, 240);
    return {
      note,
      author: rng.chance(0.7) ? traits.agent : rng.pick(colleagues.length > 0 ? colleagues : [traits.agent]),
      createdAfterMin: minutes,
      editedAfterMin: rng.chance(0.25) ? rng.int(1, 90) : null,
    };
  });
}
