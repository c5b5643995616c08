/**
 * The fixed shape of the demo account: org units, campaigns, call flows, numbers,
 * people and vocabularies. Calls refer to these by index, which keeps each generated
 * call a handful of small numbers and makes every filter a table lookup.
 */

export type Division = 'roofing' | 'hvac' | 'plumbing' | 'general';
export type Region = 'utah' | 'denver' | 'phoenix';

export interface OrgUnit {
  id: number;
  name: string;
  parentId: number | null;
  region: Region;
}

export interface Campaign {
  id: number;
  name: string;
  extId: string;
  orgUnitId: number;
  division: Division;
  /** The account user who owns the campaign (the record's `user_id`). */
  ownerUserId: number;
  created: string;
}

export interface Channel {
  id: number;
  category: string;
  subCategory: string;
}

export interface RingTo {
  number: string;
  name: string;
}

export interface CallFlow {
  id: number;
  name: string;
  campaignId: number;
  trackingNumber: string;
  /** Index into RING_TOS of where calls normally go. */
  ringTo: number;
  /** Index into RING_TOS of the overflow / after-hours destination, if the flow has one. */
  overflowRingTo: number | null;
  channelId: number;
  /** Relative share of the account's calls. */
  weight: number;
  routing: 'simple' | 'ivr' | 'round_robin';
}

export interface Person {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  division: Division;
}

export interface NamedItem {
  id: number;
  name: string;
  created: string;
}

export const ROOT_ORG_UNIT_ID = 1200;
/** An org unit that exists upstream but belongs to another account: asking for it is a 403. */
export const FOREIGN_ORG_UNIT_ID = 9900;

export const ORG_UNITS: readonly OrgUnit[] = [
  { id: 1200, name: 'Acme Home Services', parentId: null, region: 'utah' },
  { id: 1210, name: 'Roofing Division', parentId: 1200, region: 'utah' },
  { id: 1211, name: 'Salt Lake City Roofing', parentId: 1210, region: 'utah' },
  { id: 1212, name: 'Denver Roofing', parentId: 1210, region: 'denver' },
  { id: 1220, name: 'HVAC Division', parentId: 1200, region: 'utah' },
  { id: 1221, name: 'Phoenix HVAC', parentId: 1220, region: 'phoenix' },
  { id: 1230, name: 'Plumbing Division', parentId: 1200, region: 'utah' },
];

export const FOREIGN_ORG_UNITS: readonly OrgUnit[] = [
  { id: FOREIGN_ORG_UNIT_ID, name: 'Summit Realty Group', parentId: null, region: 'utah' },
];

export const ACCOUNT_USERS: readonly Person[] = [
  { id: 1001, firstName: 'Dana', lastName: 'Whitaker', email: 'demo@sandbox.example', division: 'general' },
  { id: 1002, firstName: 'Kevin', lastName: 'Hale', email: 'kevin.hale@acmehome.example', division: 'roofing' },
  { id: 1003, firstName: 'Rachel', lastName: 'Ortiz', email: 'rachel.ortiz@acmehome.example', division: 'hvac' },
  { id: 1004, firstName: 'Sam', lastName: 'Patel', email: 'sam.patel@acmehome.example', division: 'plumbing' },
];

export const CAMPAIGNS: readonly Campaign[] = [
  { id: 301, name: 'Roofing Q1', extId: 'EXT-001', orgUnitId: 1210, division: 'roofing', ownerUserId: 1002, created: '2025-01-06T15:00:00.000Z' },
  { id: 302, name: 'Storm Damage Response', extId: 'EXT-002', orgUnitId: 1211, division: 'roofing', ownerUserId: 1002, created: '2025-03-18T16:30:00.000Z' },
  { id: 303, name: 'Denver Roof Replacement', extId: 'EXT-003', orgUnitId: 1212, division: 'roofing', ownerUserId: 1002, created: '2025-04-02T14:00:00.000Z' },
  { id: 304, name: 'HVAC Spring Tune-up', extId: 'EXT-004', orgUnitId: 1220, division: 'hvac', ownerUserId: 1003, created: '2025-02-20T17:15:00.000Z' },
  { id: 305, name: 'Summer AC Repair', extId: 'EXT-005', orgUnitId: 1221, division: 'hvac', ownerUserId: 1003, created: '2025-05-01T15:45:00.000Z' },
  { id: 306, name: 'Furnace Safety Check', extId: 'EXT-006', orgUnitId: 1220, division: 'hvac', ownerUserId: 1003, created: '2025-09-15T15:00:00.000Z' },
  { id: 307, name: 'Emergency Plumbing 24/7', extId: 'EXT-007', orgUnitId: 1230, division: 'plumbing', ownerUserId: 1004, created: '2025-01-10T12:00:00.000Z' },
  { id: 308, name: 'Water Heater Replacement', extId: 'EXT-008', orgUnitId: 1230, division: 'plumbing', ownerUserId: 1004, created: '2025-06-12T18:20:00.000Z' },
  { id: 309, name: 'Acme Brand Search', extId: 'EXT-009', orgUnitId: 1200, division: 'general', ownerUserId: 1001, created: '2024-11-01T16:00:00.000Z' },
  { id: 310, name: 'Referral Rewards', extId: 'EXT-010', orgUnitId: 1200, division: 'general', ownerUserId: 1001, created: '2025-07-07T15:30:00.000Z' },
];

export const CHANNELS: readonly Channel[] = [
  { id: 1, category: 'Digital', subCategory: 'Organic Search' },
  { id: 2, category: 'Digital', subCategory: 'Social' },
  { id: 3, category: 'Offline', subCategory: 'Print' },
  { id: 4, category: 'Digital', subCategory: 'Paid Search' },
  { id: 5, category: 'Offline', subCategory: 'Direct Mail' },
  { id: 6, category: 'Offline', subCategory: 'Radio' },
  { id: 7, category: 'Referral', subCategory: 'Partner' },
  { id: 8, category: 'Digital', subCategory: 'Display' },
  { id: 9, category: 'Digital', subCategory: 'Local Listings' },
];

// 555-01xx numbers are reserved for fiction; callers use other 555 numbers, so a
// tracking or ring-to number never collides with a caller's.
export const RING_TOS: readonly RingTo[] = [
  { number: '18015550150', name: 'Sales Team' },
  { number: '18015550151', name: 'Roofing Estimators' },
  { number: '13035550152', name: 'Denver Office' },
  { number: '18015550153', name: 'HVAC Dispatch' },
  { number: '16025550154', name: 'Phoenix Office' },
  { number: '18015550155', name: 'Plumbing Dispatch' },
  { number: '18015550156', name: 'Customer Care' },
  { number: '18015550157', name: 'After-hours Answering' },
];

const flow = (
  id: number,
  name: string,
  campaignId: number,
  trackingNumber: string,
  ringTo: number,
  overflowRingTo: number | null,
  channelId: number,
  weight: number,
  routing: CallFlow['routing'] = 'simple',
): CallFlow => ({ id, name, campaignId, trackingNumber, ringTo, overflowRingTo, channelId, weight, routing });

export const CALL_FLOWS: readonly CallFlow[] = [
  flow(1001, 'Roofing Q1 - Google Ads', 301, '18015550110', 1, 0, 4, 8, 'round_robin'),
  flow(1002, 'Roofing Q1 - Facebook', 301, '18015550111', 1, null, 2, 4),
  flow(1003, 'Roofing Q1 - Yard Signs', 301, '13855550112', 0, null, 3, 2),
  flow(1004, 'Storm Damage - Google Ads', 302, '18015550113', 1, 7, 4, 6, 'round_robin'),
  flow(1005, 'Storm Damage - Direct Mail', 302, '14355550114', 0, null, 5, 3),
  flow(1006, 'Denver Roofing - Paid Search', 303, '17205550115', 2, null, 4, 5),
  flow(1007, 'Denver Roofing - Radio', 303, '13035550116', 2, null, 6, 2),
  flow(1008, 'HVAC Tune-up - Google Ads', 304, '18015550117', 3, 6, 4, 7, 'ivr'),
  flow(1009, 'HVAC Tune-up - Display', 304, '13855550118', 3, null, 8, 2),
  flow(1010, 'Summer AC - Paid Search', 305, '16025550119', 4, null, 4, 6),
  flow(1011, 'Summer AC - Local Listings', 305, '14805550120', 4, null, 9, 3),
  flow(1012, 'Furnace Check - Direct Mail', 306, '18015550121', 3, null, 5, 2),
  flow(1013, 'Furnace Check - Facebook', 306, '18015550122', 3, null, 2, 2),
  flow(1014, 'Emergency Plumbing - Google Ads', 307, '18015550123', 5, 7, 4, 7, 'ivr'),
  flow(1015, 'Emergency Plumbing - Local Listings', 307, '13855550124', 5, null, 9, 3),
  flow(1016, 'Water Heater - Paid Search', 308, '18015550125', 5, null, 4, 3),
  flow(1017, 'Water Heater - Print', 308, '14355550126', 6, null, 3, 1),
  flow(1018, 'Brand Search - Website', 309, '18015550127', 0, 6, 1, 8, 'ivr'),
  flow(1019, 'Brand - Google Business Profile', 309, '18015550128', 6, null, 9, 4),
  flow(1020, 'Referral Rewards - Partner Line', 310, '18015550129', 0, null, 7, 2),
];

export const AGENTS: readonly Person[] = [
  ['Alex', 'Smith', 'roofing'],
  ['Maria', 'Lopez', 'roofing'],
  ['Dylan', 'Carter', 'roofing'],
  ['Priya', 'Nair', 'roofing'],
  ['Jordan', 'Reyes', 'hvac'],
  ['Emily', 'Chen', 'hvac'],
  ['Marcus', 'Bell', 'hvac'],
  ['Hannah', 'Olsen', 'hvac'],
  ['Tyler', 'Brooks', 'plumbing'],
  ['Grace', 'Kim', 'plumbing'],
  ['Omar', 'Haddad', 'plumbing'],
  ['Sofia', 'Martinez', 'general'],
  ['Ben', 'Walker', 'general'],
  ['Chloe', 'Jensen', 'general'],
].map(([firstName, lastName, division], i) => ({
  id: 2001 + i,
  firstName: firstName as string,
  lastName: lastName as string,
  email: `${(firstName as string).toLowerCase()}.${(lastName as string).toLowerCase()}@acmehome.example`,
  division: division as Division,
}));

/** Who applies automatic tags (spam detection, missed-call rules). */
export const AUTOMATION_USER_ID = 1000;

export const TAGS = {
  lead: { id: 1, name: 'Lead', created: '2025-01-01T12:00:00.000Z' },
  appointment: { id: 2, name: 'Appointment Set', created: '2025-01-01T12:00:00.000Z' },
  pricing: { id: 3, name: 'Pricing Question', created: '2025-01-01T12:00:00.000Z' },
  complaint: { id: 4, name: 'Complaint', created: '2025-01-01T12:00:00.000Z' },
  spam: { id: 5, name: 'Spam', created: '2025-01-01T12:00:00.000Z' },
  existing: { id: 6, name: 'Existing Customer', created: '2025-02-03T09:30:00.000Z' },
  emergency: { id: 7, name: 'Emergency', created: '2025-02-03T09:30:00.000Z' },
  followUp: { id: 8, name: 'Follow-up Needed', created: '2025-02-03T09:30:00.000Z' },
  estimate: { id: 9, name: 'Estimate Requested', created: '2025-03-11T15:00:00.000Z' },
  financing: { id: 10, name: 'Financing', created: '2025-03-11T15:00:00.000Z' },
  wrongNumber: { id: 11, name: 'Wrong Number', created: '2025-04-22T10:00:00.000Z' },
  voicemail: { id: 12, name: 'Voicemail', created: '2025-04-22T10:00:00.000Z' },
  missed: { id: 13, name: 'Missed Call', created: '2025-04-22T10:00:00.000Z' },
  warranty: { id: 14, name: 'Warranty', created: '2025-06-30T16:00:00.000Z' },
} as const satisfies Record<string, NamedItem>;
export type TagKey = keyof typeof TAGS;

export interface IndicatorDef {
  id: number;
  name: string;
  externalId: string;
  created: string;
}

export const INDICATORS: readonly IndicatorDef[] = [
  { id: 18, name: 'Conversion', externalId: 'conv-01', created: '2025-12-01T00:00:00.000Z' },
  { id: 11, name: 'Greeting', externalId: 'greet-01', created: '2025-06-01T00:00:00.000Z' },
  { id: 12, name: 'Booking Attempt', externalId: 'book-01', created: '2025-06-01T00:00:00.000Z' },
  { id: 13, name: 'Empathy', externalId: 'emp-01', created: '2025-06-01T00:00:00.000Z' },
  { id: 14, name: 'Call Control', externalId: 'ctrl-01', created: '2025-08-15T00:00:00.000Z' },
  { id: 15, name: 'Objection Handling', externalId: 'obj-01', created: '2025-08-15T00:00:00.000Z' },
  { id: 16, name: 'Upsell Offered', externalId: 'upsell-01', created: '2025-10-01T00:00:00.000Z' },
  { id: 17, name: 'Recorded-line Disclosure', externalId: 'disc-01', created: '2025-10-01T00:00:00.000Z' },
];

export const SCORECARDS: Record<Division, readonly string[]> = {
  roofing: ['Sales Scorecard', 'Estimate Booking'],
  hvac: ['Service Scorecard', 'Sales Scorecard'],
  plumbing: ['Service Scorecard', 'Dispatch Quality'],
  general: ['Customer Experience', 'Sales Scorecard'],
};

export const VOICE_AGENTS: readonly { id: number; name: string }[] = [
  { id: 41, name: 'After-hours Scheduler' },
  { id: 42, name: 'Customer Support Agent' },
  { id: 43, name: 'Lead Qualifier' },
];

/** Custom source values per type (1 ad source, 2 medium, 3 search term, 4 landing page, 5 market). */
export const CUSTOM_SOURCES: Record<1 | 2 | 3 | 4 | 5, readonly NamedItem[]> = {
  1: [
    { id: 445, name: 'Google Ads', created: '2026-01-10T12:00:00.000Z' },
    { id: 446, name: 'Facebook', created: '2025-11-04T15:20:00.000Z' },
    { id: 447, name: 'Bing Ads', created: '2025-11-04T15:20:00.000Z' },
    { id: 448, name: 'Yelp', created: '2025-08-19T17:05:00.000Z' },
    { id: 449, name: 'Google Business Profile', created: '2025-08-19T17:05:00.000Z' },
    { id: 450, name: 'Direct Mail', created: '2025-05-02T13:40:00.000Z' },
    { id: 451, name: 'KSL Radio', created: '2025-05-02T13:40:00.000Z' },
    { id: 452, name: 'Organic', created: '2025-01-15T10:00:00.000Z' },
    { id: 453, name: 'Partner Referral', created: '2025-07-07T15:30:00.000Z' },
    { id: 454, name: 'Nextdoor', created: '2025-09-09T16:00:00.000Z' },
  ],
  2: [
    { id: 461, name: 'cpc', created: '2025-01-15T10:00:00.000Z' },
    { id: 462, name: 'paid_social', created: '2025-01-15T10:00:00.000Z' },
    { id: 463, name: 'organic', created: '2025-01-15T10:00:00.000Z' },
    { id: 464, name: 'referral', created: '2025-01-15T10:00:00.000Z' },
    { id: 465, name: 'print', created: '2025-01-15T10:00:00.000Z' },
    { id: 466, name: 'local', created: '2025-01-15T10:00:00.000Z' },
  ],
  3: [
    { id: 471, name: 'roof repair near me', created: '2025-02-01T12:00:00.000Z' },
    { id: 472, name: 'storm damage roof', created: '2025-03-18T16:30:00.000Z' },
    { id: 473, name: 'roof replacement cost', created: '2025-04-02T14:00:00.000Z' },
    { id: 474, name: 'ac repair', created: '2025-05-01T15:45:00.000Z' },
    { id: 475, name: 'furnace tune up', created: '2025-02-20T17:15:00.000Z' },
    { id: 476, name: 'emergency plumber', created: '2025-01-10T12:00:00.000Z' },
    { id: 477, name: 'water heater replacement', created: '2025-06-12T18:20:00.000Z' },
    { id: 478, name: 'acme home services', created: '2024-11-01T16:00:00.000Z' },
  ],
  4: [
    { id: 481, name: '/roofing', created: '2025-01-06T15:00:00.000Z' },
    { id: 482, name: '/roofing/storm-damage', created: '2025-03-18T16:30:00.000Z' },
    { id: 483, name: '/hvac/tune-up', created: '2025-02-20T17:15:00.000Z' },
    { id: 484, name: '/hvac/ac-repair', created: '2025-05-01T15:45:00.000Z' },
    { id: 485, name: '/plumbing/emergency', created: '2025-01-10T12:00:00.000Z' },
    { id: 486, name: '/plumbing/water-heaters', created: '2025-06-12T18:20:00.000Z' },
    { id: 487, name: '/', created: '2024-11-01T16:00:00.000Z' },
  ],
  5: [
    { id: 491, name: 'Salt Lake City', created: '2024-11-01T16:00:00.000Z' },
    { id: 492, name: 'Denver', created: '2025-04-02T14:00:00.000Z' },
    { id: 493, name: 'Phoenix', created: '2025-05-01T15:45:00.000Z' },
    { id: 494, name: 'Provo', created: '2024-11-01T16:00:00.000Z' },
    { id: 495, name: 'Ogden', created: '2024-11-01T16:00:00.000Z' },
    { id: 496, name: 'Boulder', created: '2025-04-02T14:00:00.000Z' },
    { id: 497, name: 'Scottsdale', created: '2025-05-01T15:45:00.000Z' },
  ],
};

export const CITIES: Record<Region, readonly string[]> = {
  utah: ['Salt Lake City', 'Sandy', 'Provo', 'Ogden', 'West Jordan', 'Murray', 'Draper', 'Lehi', 'Layton'],
  denver: ['Denver', 'Aurora', 'Lakewood', 'Boulder', 'Littleton', 'Arvada', 'Englewood'],
  phoenix: ['Phoenix', 'Mesa', 'Tempe', 'Scottsdale', 'Chandler', 'Gilbert', 'Glendale'],
};

export const AREA_CODES: Record<Region, readonly string[]> = {
  utah: ['801', '385', '435'],
  denver: ['303', '720', '970'],
  phoenix: ['602', '480', '623'],
};

export const FIRST_NAMES: readonly string[] = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth',
  'William', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Chris', 'Karen',
  'Daniel', 'Lisa', 'Matthew', 'Nancy', 'Anthony', 'Betty', 'Mark', 'Sandra', 'Steven', 'Ashley',
  'Paul', 'Kimberly', 'Andrew', 'Donna', 'Joshua', 'Michelle', 'Kenneth', 'Carol', 'Kevin', 'Amanda',
  'Brian', 'Melissa', 'Tim', 'Deborah', 'Ryan', 'Stephanie', 'Jason', 'Rebecca', 'Jacob', 'Laura',
  'Gary', 'Helen', 'Nick', 'Amy', 'Eric', 'Angela', 'Luis', 'Rosa', 'Hiro', 'Mei',
];

export const LAST_NAMES: readonly string[] = [
  'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez',
  'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White',
  'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott',
  'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera',
  'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Phillips', 'Evans', 'Turner', 'Parker', 'Collins', 'Edwards',
  'Stewart', 'Morris', 'Murphy', 'Cook', 'Rogers', 'Peterson', 'Christensen', 'Larsen', 'Tanaka', 'Sorensen',
];

export const STREETS: readonly string[] = [
  'Maple Street', 'Oak Avenue', 'Cedar Lane', 'Pine Ridge Drive', 'Willow Way', 'Sunset Boulevard',
  'Canyon Road', 'Aspen Court', 'Highland Drive', 'Meadow Lane', 'Lakeview Drive', 'Juniper Circle',
  'Cottonwood Street', 'Ridgecrest Road', 'Mesa Verde Drive', 'Elm Street',
];

/** The account's org units, keyed by id, with each unit's own id and all its descendants'. */
export class OrgTree {
  private readonly byId = new Map<number, OrgUnit>();
  private readonly subtree = new Map<number, Set<number>>();

  constructor(units: readonly OrgUnit[]) {
    for (const unit of units) this.byId.set(unit.id, unit);
    for (const unit of units) {
      // Walk up from every unit, adding it to each ancestor's subtree.
      let cursor: OrgUnit | undefined = unit;
      while (cursor !== undefined) {
        let set = this.subtree.get(cursor.id);
        if (set === undefined) this.subtree.set(cursor.id, (set = new Set()));
        set.add(unit.id);
        cursor = cursor.parentId === null ? undefined : this.byId.get(cursor.parentId);
      }
    }
  }

  get(id: number): OrgUnit | undefined {
    return this.byId.get(id);
  }

  /** The unit and all units below it; empty when the id is not in this tree. */
  descendantsOf(id: number): ReadonlySet<number> {
    return this.subtree.get(id) ?? new Set();
  }

  /** Whether `id` is `scopeId` or below it. */
  isWithin(id: number, scopeId: number): boolean {
    return this.descendantsOf(scopeId).has(id);
  }
}

export const ORG_TREE = new OrgTree(ORG_UNITS);

export const CAMPAIGN_BY_ID = new Map(CAMPAIGNS.map((c) => [c.id, c]));
export const CHANNEL_BY_ID = new Map(CHANNELS.map((c) => [c.id, c]));

export function campaignOfFlow(flowIndex: number): Campaign {
  const f = CALL_FLOWS[flowIndex];
  const campaign = f === undefined ? undefined : CAMPAIGN_BY_ID.get(f.campaignId);
  if (campaign === undefined) throw new Error(`call flow index ${flowIndex} has no campaign`);
  return campaign;
}

export function orgUnitOf(id: number): OrgUnit {
  const unit = ORG_TREE.get(id);
  if (unit === undefined) throw new Error(`unknown org unit ${id}`);
  return unit;
}
