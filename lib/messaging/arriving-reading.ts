import { activityReadingSchema } from '../schema/activity';

type Loose = Record<string, unknown>;

/**
 * A reading as it arrives from a page: an activity that fails its schema is listed in `notRead`
 * (`activities[<index>]` and why) and left out, rather than the whole reading being refused.
 * Runs in the background before the reading is validated (protocol.ts, REQUEST_SCHEMAS), since
 * the content script does not check its own output (issue 11).
 */
export function setAsideInvalidActivities(input: unknown): unknown {
  const reading = input as Loose | null;
  if (!reading || !Array.isArray(reading.activities) || !Array.isArray(reading.notRead)) return input;
  const activities: unknown[] = [];
  const notRead: unknown[] = [...reading.notRead];
  reading.activities.forEach((activity: unknown, index) => {
    const parsed = activityReadingSchema.safeParse(activity);
    if (parsed.success) activities.push(activity);
    else notRead.push({ field: `activities[${index}]`, reason: parsed.error.issues[0]?.message ?? 'invalid activity' });
  });
  return { ...reading, activities, notRead };
}
