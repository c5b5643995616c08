/**
 * What callers ring about, per service line: how they say it, how a summary names it,
 * and the follow-up questions an agent asks. Transcripts, summaries, voice-agent notes
 * and custom-source keywords all draw from here, so one call tells one story.
 */
import type { Division } from './catalog';

export interface Issue {
  key: string;
  /** The voice agent's `service_type`. */
  service: string;
  /** How a caller first describes it. */
  openers: readonly string[];
  /** A noun phrase for summaries: "a roof leak". */
  summary: string;
  /** Agent question and caller answer, in order of usefulness. */
  details: readonly (readonly [string, string])[];
  /** Plausible as an emergency call. */
  urgent: boolean;
}

export const ISSUES: Record<Exclude<Division, 'general'>, readonly Issue[]> = {
  roofing: [
    {
      key: 'leak',
      service: 'roof_repair',
      openers: [
        "I've got water coming through the ceiling in an upstairs bedroom, I think the roof is leaking",
        'we noticed a brown stain on the ceiling after the rain and now it is dripping',
      ],
      summary: 'a roof leak',
      details: [
        ['How long has it been leaking?', 'It started with the storm over the weekend, so maybe three days.'],
        ['Do you know roughly how old the roof is?', "About eighteen years. It's the original asphalt shingle."],
        ['Is the water getting into the living space or just the attic?', "Into the bedroom. We've got a bucket under it right now."],
      ],
      urgent: true,
    },
    {
      key: 'storm',
      service: 'storm_damage',
      openers: [
        'the wind storm last night tore a bunch of shingles off the back of my roof',
        'we had hail yesterday and my neighbor said my roof looks damaged',
      ],
      summary: 'storm damage with missing shingles',
      details: [
        ['Are you planning to file an insurance claim?', 'Yes, my insurance company said to get an inspection first.'],
        ['Can you see any exposed wood or underlayment?', "There's a patch by the chimney where you can see the wood."],
        ['Any damage to the gutters or siding as well?', 'One of the downspouts came off, too.'],
      ],
      urgent: true,
    },
    {
      key: 'replacement',
      service: 'roof_replacement',
      openers: [
        'our roof is about twenty-five years old and we want a quote to replace it',
        "we're getting ready to sell and the inspector said the roof needs replacing",
      ],
      summary: 'a full roof replacement',
      details: [
        ['Are you thinking asphalt shingle or something like metal?', "Probably architectural shingles, but I'd like to hear about metal too."],
        ['Is it a one-story or two-story home?', 'Two stories, with a pretty steep pitch on the front.'],
        ['Do you know if there is more than one layer of shingles on it now?', "I'm not sure, we bought the house ten years ago."],
      ],
      urgent: false,
    },
    {
      key: 'inspection',
      service: 'roof_inspection',
      openers: [
        'we are buying a house and the lender wants a roof inspection and certification',
        "I'd like someone to look at my roof before winter, just to be safe",
      ],
      summary: 'a roof inspection',
      details: [
        ['When do you need the report by?', 'In about three weeks, so sooner is better.'],
        ['Will someone be at the property to let us into the attic?', 'Yes, I work from home so I can let you in.'],
      ],
      urgent: false,
    },
    {
      key: 'gutters',
      service: 'gutter_repair',
      openers: ['my gutters are pulling away from the fascia along the front of the house'],
      summary: 'gutters pulling away from the fascia',
      details: [
        ['Are they overflowing when it rains?', 'Yes, water pours right over the front door.'],
        ['Do you have gutter guards installed?', "No, we've never had them. Maybe we should."],
      ],
      urgent: false,
    },
  ],
  hvac: [
    {
      key: 'ac',
      service: 'ac_repair',
      openers: [
        "my air conditioner is running but it's only blowing warm air",
        'the AC stopped working overnight and the house is already eighty degrees',
      ],
      summary: 'an air conditioner blowing warm air',
      details: [
        ['Is the outdoor unit running? Can you hear the fan?', 'The fan is spinning but it makes a humming noise.'],
        ['When was the system last serviced?', "Honestly, I don't think it's been serviced in two or three years."],
        ["What's the thermostat set to, and what does it read inside?", "It's set to seventy-two and it says eighty-one in here."],
      ],
      urgent: true,
    },
    {
      key: 'furnace',
      service: 'furnace_repair',
      openers: [
        "our furnace won't light, it clicks a few times and then shuts off",
        'the heat went out last night and it is getting really cold in the house',
      ],
      summary: 'a furnace that will not ignite',
      details: [
        ['Have you checked whether the filter is clogged?', "I changed the filter last month, so I don't think it's that."],
        ['Is the gas on for other appliances, like the stove?', 'Yes, the stove works fine.'],
        ['Do you see any error lights blinking on the furnace?', "There's a red light blinking three times."],
      ],
      urgent: true,
    },
    {
      key: 'tuneup',
      service: 'hvac_tune_up',
      openers: [
        "I got your mailer about the tune-up special and I'd like to schedule one",
        "I'd like to get the system checked before the season starts",
      ],
      summary: 'a seasonal HVAC tune-up',
      details: [
        ['Is it for the furnace, the AC, or both?', 'Both, if you can do them in the same visit.'],
        ['How many systems do you have in the home?', "Just one, it's in the basement."],
      ],
      urgent: false,
    },
    {
      key: 'thermostat',
      service: 'thermostat',
      openers: ['the thermostat screen went blank and now nothing turns on'],
      summary: 'a blank thermostat with no heating or cooling',
      details: [
        ['Does it take batteries, and have you tried replacing them?', "I put new batteries in and it's still blank."],
        ['Is it a smart thermostat?', "It's one of the Wi-Fi ones, about four years old."],
      ],
      urgent: false,
    },
    {
      key: 'heat_pump',
      service: 'new_system_quote',
      openers: ["we're thinking about replacing our old system with a heat pump and want a quote"],
      summary: 'a quote for a new heat pump system',
      details: [
        ['Roughly how big is the home?', 'About twenty-two hundred square feet.'],
        ['Did you know there are utility rebates on heat pumps right now?', 'I had heard something about that, yes.'],
        ['How old is the current system?', 'The furnace is from 2004 and the AC is even older.'],
      ],
      urgent: false,
    },
  ],
  plumbing: [
    {
      key: 'water_heater',
      service: 'water_heater',
      openers: ['we have no hot water at all since this morning', 'our water heater is leaking from the bottom'],
      summary: 'a water heater with no hot water',
      details: [
        ['Is it a gas or electric water heater?', "Gas. It's in the garage."],
        ['Do you know how old it is?', 'The sticker on the side says 2012.'],
        ['Is there any water on the floor around it?', "There's a little puddle under it, yes."],
      ],
      urgent: true,
    },
    {
      key: 'burst_pipe',
      service: 'burst_pipe',
      openers: ["a pipe burst under the kitchen sink and there's water everywhere"],
      summary: 'a burst pipe under the kitchen sink',
      details: [
        ['First, have you been able to shut the water off at the main?', 'Yes, my neighbor helped me find the valve.'],
        ['Is the water near any outlets or electrical?', "No, it's mostly in the cabinet and on the floor."],
      ],
      urgent: true,
    },
    {
      key: 'drain',
      service: 'drain_cleaning',
      openers: ['our basement floor drain keeps backing up every time we run the washer'],
      summary: 'a backed-up basement floor drain',
      details: [
        ['Is it just the floor drain, or are other drains slow too?', 'The downstairs shower is slow as well.'],
        ['Have you had the main line scoped before?', 'Not since we bought the house.'],
      ],
      urgent: false,
    },
    {
      key: 'fixtures',
      service: 'fixture_repair',
      openers: ["the bathroom faucet won't stop dripping and the toilet keeps running"],
      summary: 'a dripping faucet and a running toilet',
      details: [
        ['Do you know the brand of the faucet?', "I think it's a Moen, pretty standard."],
        ['Would you like us to look at both while we are there?', 'Yes please, might as well.'],
      ],
      urgent: false,
    },
    {
      key: 'sewer',
      service: 'sewer_line',
      openers: ["there's a sewer smell in the yard and the toilets gurgle when we flush"],
      summary: 'a suspected sewer line problem',
      details: [
        ['How old is the house?', 'It was built in 1968.'],
        ['Are there any large trees near the sewer line?', "There's a big cottonwood in the front yard."],
      ],
      urgent: false,
    },
  ],
};
