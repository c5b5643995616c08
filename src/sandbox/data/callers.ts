/**
 * The people who call. A fixed pool per region, with a few "frequent" callers
 * (property managers, landlords, repeat customers) who call far more often than the
 * rest, so repeat calls and caller filters have something real to find.
 */
import { AREA_CODES, CITIES, FIRST_NAMES, LAST_NAMES, STREETS, type Region } from './catalog';
import { rngFor, type Rng } from './random';

const REGION_SIZES: Record<Region, { size: number; frequent: number }> = {
  utah: { size: 22_000, frequent: 150 },
  denver: { size: 8_000, frequent: 60 },
  phoenix: { size: 8_000, frequent: 60 },
};
/** Share of calls placed by the frequent callers. */
const FREQUENT_SHARE = 0.1;

export interface CallerPerson {
  firstName: string;
  lastName: string;
  streetAddress: string;
  city: string;
}

interface RegionRange {
  region: Region;
  offset: number;
  size: number;
  frequent: number;
}

export class CallerPool {
  private readonly numbers: string[] = [];
  private readonly regionOf: Region[] = [];
  private readonly ranges = new Map<Region, RegionRange>();
  private readonly indexByDigits = new Map<string, number>();
  private readonly people = new Map<number, CallerPerson>();

  constructor(private readonly seed: number) {
    for (const region of Object.keys(REGION_SIZES) as Region[]) {
      const { size, frequent } = REGION_SIZES[region];
      const offset = this.numbers.length;
      this.ranges.set(region, { region, offset, size, frequent });
      const areas = AREA_CODES[region];
      for (let k = 0; k < size; k++) {
        const area = areas[k % areas.length] as string;
        const m = Math.floor(k / areas.length);
        // A bijection onto 0200..9999 (7919 is coprime with 9800): distinct numbers, scattered.
        const line = 200 + ((m * 7919 + 1234) % 9800);
        const digits = `1${area}555${String(line).padStart(4, '0')}`;
        this.indexByDigits.set(digits, this.numbers.length);
        this.numbers.push(digits);
        this.regionOf.push(region);
      }
    }
  }

  get size(): number {
    return this.numbers.length;
  }

  /** The caller's number as the upstream stores it: 11 bare digits. */
  number(index: number): string {
    const digits = this.numbers[index];
    if (digits === undefined) throw new Error(`no caller ${index}`);
    return digits;
  }

  /** Index of the caller with these digits, or -1. */
  indexOf(digits: string): number {
    return this.indexByDigits.get(digits) ?? -1;
  }

  /** Draws a caller for a call in a region: mostly anyone, sometimes one of the regulars. */
  draw(region: Region, rng: Rng): number {
    const range = this.ranges.get(region);
    if (range === undefined) throw new Error(`no callers in ${region}`);
    if (rng.chance(FREQUENT_SHARE)) {
      // Skewed towards the first regulars so a few numbers call very often.
      return range.offset + Math.floor(range.frequent * rng.next() ** 2.2);
    }
    return range.offset + range.frequent + Math.floor((range.size - range.frequent) * rng.next());
  }

  /** Name and address of a caller, the same wherever the caller appears. */
  person(index: number): CallerPerson {
    let person = this.people.get(index);
    if (person === undefined) {
      const rng = rngFor(this.seed, 'caller', index);
      const region = this.regionOf[index] ?? 'utah';
      person = {
        firstName: rng.pick(FIRST_NAMES),
        lastName: rng.pick(LAST_NAMES),
        streetAddress: `${rng.int(100, 9899)} ${rng.pick(STREETS)}`,
        city: rng.pick(CITIES[region]),
      };
      if (this.people.size > 50_000) this.people.clear();
      this.people.set(index, person);
    }
    return person;
  }
}
