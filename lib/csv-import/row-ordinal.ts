import type { Activity } from '../schema/activity';

/**
 * Keys for the rows of one file that have no CRM id and the same natural key (lib/keys.ts: the
 * record, type, direction, title and day or minute): a Salesforce report without Activity ID
 * lists three dials of one contact on one day as three rows of equal text, three tasks the CRM
 * keeps apart, which one key made one. The first keeps the key it always had, so a row imported
 * before (or by an older version) is still found under it; the second gets `<key>:2`, the third
 * `<key>:3`, counted in file order, so importing the same file again finds each under its own key
 * and adds nothing. Rows with a CRM id are keyed by it and never counted. The same activity listed
 * once per contact has another natural key on each row (its record differs): not counted either.
 */
export function fileOrdinals(): (activity: Activity) => Activity {
  const seen = new Map<string, number>();
  return (activity) => {
    if (activity.sourceId) return activity;
    // Planned rows are counted apart from done ones: an open "Call" task beside the call logged that
    // day is that call's task, kept under the call's own key (stored as one row, done, as before
    // ordinals), never an earlier row that would make the call a later one (`<key>:2`) and so
    // another touch than its page copy.
    const slot = `${activity.planned === true ? 'planned' : 'done'} ${activity.key}`;
    const count = (seen.get(slot) ?? 0) + 1;
    seen.set(slot, count);
    return count === 1 ? activity : { ...activity, key: `${activity.key}:${count}` };
  };
}
