/** Whole-day ranges in the recent past, whose calls no longer change as time passes. */
export const DAY_MS = 86_400_000;
const TODAY = Math.floor(Date.now() / DAY_MS) * DAY_MS;

/** [today - fromDaysAgo, today - toDaysAgo) at UTC midnights, as ISO strings. */
export function daysAgo(fromDaysAgo: number, toDaysAgo: number): { start: string; end: string } {
  return {
    start: new Date(TODAY - fromDaysAgo * DAY_MS).toISOString(),
    end: new Date(TODAY - toDaysAgo * DAY_MS).toISOString(),
  };
}
