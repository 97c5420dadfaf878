import type { ReadOk } from '../schema/read-result';
import type { Settings } from '../schema/settings';
import { yourNameIn } from '../settings/your-name';

/**
 * A page reading whose items credit "You" gets the user's name as their owner, where the
 * settings have one; the adapter cannot know it (decisions.md, "your name in this CRM").
 */
export function withViewerOwner(reading: ReadOk, settings: Pick<Settings, 'yourNames'>): ReadOk {
  const name = yourNameIn(settings, reading.crm);
  if (!name || !reading.activities.some((a) => a.byViewer && a.owner === undefined)) return reading;
  const activities = reading.activities.map((a) => (a.byViewer && a.owner === undefined ? { ...a, owner: name } : a));
  return { ...reading, activities };
}
