import type { DemoActivity } from '../world';
import { propertyDateTime } from './format';
import type { LabelId } from './text';

/**
 * HubSpot's own figures as the demo computes them. Our reading of HubSpot's definitions:
 * "Number of sales activities" counts every logged engagement (calls, emails both ways, meetings,
 * notes, tasks, LinkedIn, SMS) that has happened; "Number of times contacted" counts the calls,
 * outbound emails (sequence ones included) and meetings held or logged, duplicate captures
 * included, because HubSpot counts engagements, not touches; "Last contacted" is the latest of those.
 */
export function hubspotFigures(activities: DemoActivity[]): [LabelId, string][] {
  const past = activities.filter((a) => a.type !== 'system' && !a.planned);
  const contacted = past.filter(
    (a) => a.type === 'call' || a.type === 'meeting' || (a.type === 'email' && a.direction === 'outbound'),
  );
  const last = contacted
    .map((a) => a.timestamp)
    .sort()
    .at(-1);
  return [
    ['lastContacted', last ? propertyDateTime(last) : '--'],
    ['timesContacted', String(contacted.length)],
    ['salesActivities', String(past.length)],
  ];
}
